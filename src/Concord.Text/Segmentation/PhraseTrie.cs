namespace Concord.Text.Segmentation;

/// <summary>
/// A longest-match dictionary of phrases read at a position of a text, so that a scanner tries a few dozen
/// phrases at once in the time of one lookup per character. Matching ignores case, takes any run of white
/// space (a hard-wrapped line included) for the one space of a phrase, reads ’ as ' and – or — as -.
/// </summary>
internal sealed class PhraseTrie<T>
{
    sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public bool HasValue;
        public T Value = default!;
    }

    readonly Node root = new();

    public PhraseTrie(IEnumerable<(string Phrase, T Value)> phrases)
    {
        foreach (var (phrase, value) in phrases)
            Add(phrase, value);
    }

    /// <summary>Adds a phrase; a later value for the same phrase wins.</summary>
    public void Add(string phrase, T value)
    {
        var node = root;
        bool space = false;
        foreach (char raw in phrase.Trim())
        {
            char c = Fold(raw);
            if (c == ' ')
            {
                if (space) continue;
                space = true;
            }
            else space = false;
            node.Children ??= [];
            if (!node.Children.TryGetValue(c, out var child))
                node.Children[c] = child = new Node();
            node = child;
        }
        if (node == root) return;
        node.HasValue = true;
        node.Value = value;
    }

    public static char Fold(char c) => c switch
    {
        '’' or '‘' or 'ʼ' or '`' => '\'',
        '–' or '—' or '‑' or '−' => '-',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>The longest phrase that starts at <paramref name="start"/> and ends by <paramref name="end"/>.
    /// With <paramref name="wholeWords"/>, a phrase must not be followed by a letter or digit.</summary>
    public bool TryMatch(string text, int start, int end, bool wholeWords, out int matchEnd, out T value)
    {
        matchEnd = -1;
        value = default!;
        var node = root;
        int i = start;
        while (i < end && node.Children is not null)
        {
            char c = Fold(text[i]);
            int next = i + 1;
            if (c == ' ')
                while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (!node.Children.TryGetValue(c, out var child))
                break;
            node = child;
            i = next;
            if (node.HasValue && c != ' ' && (!wholeWords || i >= end || !char.IsLetterOrDigit(text[i])))
            {
                matchEnd = i;
                value = node.Value;
            }
        }
        return matchEnd >= 0;
    }

    public bool TryMatch(string text, int start, int end, bool wholeWords, out int matchEnd) =>
        TryMatch(text, start, end, wholeWords, out matchEnd, out _);

    /// <summary>The start of the longest phrase of at most <paramref name="maxWords"/> words that ends exactly
    /// at <paramref name="end"/> and starts at or after <paramref name="lowerBound"/>; -1 when none does.</summary>
    public int StartOfPhraseEndingAt(string text, int end, int lowerBound, int maxWords = 4)
    {
        int found = -1;
        int p = end;
        for (int word = 0; word < maxWords; word++)
        {
            p = TextScan.SkipSpaceBack(text, p, lowerBound);
            int start = TextScan.WordStartBack(text, p, lowerBound);
            // A hyphen inside a word ("re-affirmed") is part of it.
            while (start > lowerBound + 1 && text[start - 1] == '-' && TextScan.IsWordChar(text[start - 2]))
                start = TextScan.WordStartBack(text, start - 1, lowerBound);
            if (start == p) break;
            if (TryMatch(text, start, end, false, out int matchEnd) && matchEnd == end)
                found = start;
            p = start;
        }
        return found;
    }
}

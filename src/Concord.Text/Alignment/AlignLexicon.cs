using Concord.Text.Languages.En;
using Concord.Text.Languages.Ja;
using Concord.Text.Languages.Vi;

namespace Concord.Text.Alignment;

/// <summary>One language's statement vocabulary (Languages/*/..AlignLexicon), compiled for matching in
/// one pass: by first word for English and Vietnamese, by first character for Japanese.</summary>
internal sealed class AlignLexicon
{
    static readonly AlignLexicon English = new(EnAlignLexicon.Terms, Language.En);
    static readonly AlignLexicon Vietnamese = new(ViAlignLexicon.Terms, Language.Vi);
    static readonly AlignLexicon Japanese = new(JaAlignLexicon.Terms, Language.Ja);

    readonly Dictionary<string, WordTerm[]> byFirstWord = new(StringComparer.Ordinal);
    readonly Dictionary<string, WordTerm[]>.AlternateLookup<ReadOnlySpan<char>> firstWord;
    readonly Dictionary<char, (string Text, string Key)[]> byFirstChar = [];

    /// <summary>English words are compared without marks (its Vietnamese names come both ways);
    /// Vietnamese with them, since a syllable without marks is often another word.</summary>
    public bool FoldsMarks { get; }

    public bool IsWordBased { get; }

    sealed record WordTerm(string[] Words, string Key);

    AlignLexicon((string Term, string Concept)[] terms, Language language)
    {
        FoldsMarks = language == Language.En;
        IsWordBased = language != Language.Ja;
        firstWord = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new Dictionary<string, List<WordTerm>>(StringComparer.Ordinal);
        var chars = new Dictionary<char, List<(string, string)>>();
        foreach (var (term, concept) in terms)
        {
            string key = concept.Contains(':', StringComparison.Ordinal) ? concept : "c:" + concept;
            if (!IsWordBased)
            {
                if (!chars.TryGetValue(term[0], out var list)) chars[term[0]] = list = [];
                list.Add((term, key));
                continue;
            }
            var split = SplitWords(term);
            if (split.Length == 0) continue;
            if (!words.TryGetValue(split[0], out var byWord)) words[split[0]] = byWord = [];
            byWord.Add(new WordTerm(split, key));
        }
        // Longest terms first, so that "an ninh lương thực" wins over a shorter term on the same word.
        foreach (var (word, list) in words)
            byFirstWord[word] = [.. list.OrderByDescending(t => t.Words.Length)];
        foreach (var (c, list) in chars)
            byFirstChar[c] = [.. list.OrderByDescending(t => t.Item1.Length)];
    }

    public static AlignLexicon For(Language language) => language switch
    {
        Language.Vi => Vietnamese,
        Language.Ja => Japanese,
        _ => English,
    };

    public char Map(char c) => FoldsMarks ? TextFold.Fold(c) : char.ToLowerInvariant(c);

    /// <summary>How many words from <paramref name="at"/> a term covers (0 when none), and its key.</summary>
    public int MatchWords(string text, List<TextSpan> words, int at, Span<char> buffer, out string key)
    {
        key = "";
        var word = words[at];
        if (word.Length > buffer.Length) return 0;
        for (int k = 0; k < word.Length; k++) buffer[k] = Map(text[word.Start + k]);
        var mapped = buffer[..word.Length];
        if (firstWord.TryGetValue(mapped, out var terms))
        {
            foreach (var term in terms)
                if (Matches(text, words, at, term))
                {
                    key = term.Key;
                    return term.Words.Length;
                }
        }
        // A plural of a one-word term: "semiconductors", "approaches".
        foreach (int cut in (ReadOnlySpan<int>)[1, 2])
        {
            if (!FoldsMarks || mapped.Length <= cut + 2 || mapped[^1] != 's' || (cut == 2 && mapped[^2] != 'e')) continue;
            if (firstWord.TryGetValue(mapped[..^cut], out var singular) && singular.FirstOrDefault(t => t.Words.Length == 1) is { } one)
            {
                key = one.Key;
                return 1;
            }
        }
        return 0;
    }

    /// <summary>The longest term starting at <paramref name="at"/> (Japanese), or null.</summary>
    public (string Text, string Key)? MatchChars(string text, int at, int end)
    {
        if (!byFirstChar.TryGetValue(text[at], out var terms)) return null;
        foreach (var term in terms)
            if (at + term.Text.Length <= end && string.CompareOrdinal(text, at, term.Text, 0, term.Text.Length) == 0)
                return term;
        return null;
    }

    bool Matches(string text, List<TextSpan> words, int at, WordTerm term)
    {
        if (at + term.Words.Length > words.Count) return false;
        for (int k = 1; k < term.Words.Length; k++)
        {
            var word = words[at + k];
            // Words of one term follow each other: only spaces or a hyphen between them.
            if (!OnlyJoiners(text, words[at + k - 1].End, word.Start)) return false;
            string expected = term.Words[k];
            bool last = k == term.Words.Length - 1;
            if (!SameWord(text, word, expected, last && FoldsMarks)) return false;
        }
        return true;
    }

    bool SameWord(string text, TextSpan word, string expected, bool allowPlural)
    {
        int extra = word.Length - expected.Length;
        if (extra < 0 || extra > 2 || (extra > 0 && !allowPlural)) return false;
        for (int k = 0; k < expected.Length; k++)
            if (Map(text[word.Start + k]) != expected[k]) return false;
        return extra switch
        {
            0 => true,
            1 => Map(text[word.End - 1]) == 's',
            _ => Map(text[word.End - 2]) == 'e' && Map(text[word.End - 1]) == 's',
        };
    }

    static bool OnlyJoiners(string text, int from, int to)
    {
        if (to - from > 4) return false;
        for (int i = from; i < to; i++)
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('-' or '‐' or '–')) return false;
        return true;
    }

    string[] SplitWords(string term)
    {
        var list = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (char c in term)
        {
            if (char.IsLetterOrDigit(c)) { current.Append(Map(c)); continue; }
            if (current.Length > 0) { list.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) list.Add(current.ToString());
        return [.. list];
    }
}

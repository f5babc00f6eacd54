using Concord.Text.Alignment;

namespace Concord.Text.Checking;

/// <summary>
/// The content words of a stretch of text as anchors (<c>w:</c>), for linking a claim to an item written in the
/// same language: English words folded as the aligner folds them (<c>Bình Hưng</c> meets <c>Binh Hung</c>), a
/// plural "s" cut; Vietnamese as pairs of syllables, since one syllable is seldom a word. Stop words link nothing.
/// </summary>
internal static class ContentWords
{
    const int MaxWord = 40;
    const int MinEnglishWord = 3;

    public static void Scan(string text, TextSpan range, CheckLexicon lexicon, AnchorKeys keys, List<AnchorOccurrence> into)
    {
        if (lexicon.Language == Language.Ja) return;
        Span<char> buffer = stackalloc char[2 * MaxWord + 3];
        int previousStart = -1, previousLength = 0, previousEnd = -1;
        int i = range.Start;
        while (i < range.End)
        {
            if (!TextFold.IsLatinLetter(text[i])) { i++; continue; }
            int start = i;
            while (i < range.End && TextFold.IsLatinLetter(text[i])) i++;
            int length = i - start;
            if (length > MaxWord) { previousStart = -1; continue; }
            if (lexicon.Language == Language.En) English(text, start, length, lexicon, keys, buffer, into);
            else
            {
                bool stop = IsStopSyllable(text, start, length, lexicon, buffer);
                if (!stop && previousStart >= 0 && start - previousEnd == 1 && text[previousEnd] == ' ')
                    Pair(text, previousStart, previousLength, start, length, keys, buffer, into);
                (previousStart, previousLength, previousEnd) = stop ? (-1, 0, -1) : (start, length, i);
            }
        }
    }

    static void English(string text, int start, int length, CheckLexicon lexicon, AnchorKeys keys, Span<char> buffer, List<AnchorOccurrence> into)
    {
        // A capitalised word is a name, and the aligner's scanner has it already (t:).
        if (length < MinEnglishWord || TextFold.IsUpper(text[start])) return;
        buffer[0] = 'w';
        buffer[1] = ':';
        for (int k = 0; k < length; k++) buffer[2 + k] = TextFold.Fold(text[start + k]);
        var word = buffer.Slice(2, length);
        if (lexicon.IsStop(word)) return;
        int keep = length > 4 && word[^1] == 's' && word[^2] != 's' ? length - 1 : length;
        into.Add(new AnchorOccurrence(start, length, keys.Intern(buffer[..(2 + keep)], AnchorKind.Concept)));
    }

    static bool IsStopSyllable(string text, int start, int length, CheckLexicon lexicon, Span<char> buffer)
    {
        for (int k = 0; k < length; k++) buffer[k] = char.ToLowerInvariant(text[start + k]);
        return lexicon.IsStop(buffer[..length]);
    }

    static void Pair(string text, int first, int firstLength, int second, int secondLength, AnchorKeys keys, Span<char> buffer,
        List<AnchorOccurrence> into)
    {
        int n = 0;
        buffer[n++] = 'w';
        buffer[n++] = ':';
        for (int k = 0; k < firstLength; k++) buffer[n++] = char.ToLowerInvariant(text[first + k]);
        buffer[n++] = ' ';
        for (int k = 0; k < secondLength; k++) buffer[n++] = char.ToLowerInvariant(text[second + k]);
        into.Add(new AnchorOccurrence(first, second + secondLength - first, keys.Intern(buffer[..n], AnchorKind.Concept)));
    }
}

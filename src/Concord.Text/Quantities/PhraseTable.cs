using System.Text;

namespace Concord.Text.Quantities;

/// <summary>
/// A small table of phrases ("more than", "đô la Mỹ", "以上") matched case-insensitively at a position,
/// forwards or backwards, longest phrase first. A space in a phrase matches any run of white space in
/// the text (a hard-wrapped line included). A phrase that begins or ends with a Latin letter or digit only
/// matches whole words; kana and kanji may touch their neighbours.
/// </summary>
internal sealed class PhraseTable<T>
{
    readonly string[] phrases;
    readonly T[] values;

    public PhraseTable(params (string Phrase, T Value)[] entries)
    {
        var sorted = entries
            .Select(e => (Phrase: e.Phrase.Normalize(NormalizationForm.FormC).ToLowerInvariant(), e.Value))
            .OrderByDescending(e => e.Phrase.Length)
            .ToArray();
        phrases = sorted.Select(e => e.Phrase).ToArray();
        values = sorted.Select(e => e.Value).ToArray();
    }

    public static PhraseTable<T> Empty { get; } = new();

    public int Count => phrases.Length;

    /// <summary>Matches a phrase that starts exactly at <paramref name="pos"/>.</summary>
    public bool MatchAfter(string text, int pos, int end, out T value, out int matchEnd)
    {
        if (pos < end)
        {
            char first = ScanChars.Fold(text[pos]);
            for (int k = 0; k < phrases.Length; k++)
            {
                string phrase = phrases[k];
                if (phrase[0] != first) continue;
                int i = Forward(text, pos, end, phrase);
                if (i < 0) continue;
                if (ScanChars.IsLatinWordChar(phrase[^1]) && i < end && ScanChars.IsLatinWordChar(text[i])) continue;
                value = values[k];
                matchEnd = i;
                return true;
            }
        }
        value = default!;
        matchEnd = pos;
        return false;
    }

    /// <summary>Matches a phrase that ends exactly at <paramref name="pos"/> and starts at or after <paramref name="start"/>.</summary>
    public bool MatchBefore(string text, int start, int pos, out T value, out int matchStart)
    {
        if (pos > start)
        {
            char last = ScanChars.Fold(text[pos - 1]);
            for (int k = 0; k < phrases.Length; k++)
            {
                string phrase = phrases[k];
                if (phrase[^1] != last) continue;
                int i = Backward(text, start, pos, phrase);
                if (i < 0) continue;
                if (ScanChars.IsLatinWordChar(phrase[0]) && i > start && ScanChars.IsLatinWordChar(text[i - 1])) continue;
                value = values[k];
                matchStart = i;
                return true;
            }
        }
        value = default!;
        matchStart = pos;
        return false;
    }

    static int Forward(string text, int i, int end, string phrase)
    {
        foreach (char p in phrase)
        {
            if (i >= end) return -1;
            if (p == ' ')
            {
                if (!ScanChars.IsSpace(text[i])) return -1;
                i = ScanChars.SkipSpace(text, i, end);
            }
            else if (ScanChars.Fold(text[i]) == p)
            {
                i++;
            }
            else
            {
                return -1;
            }
        }
        return i;
    }

    static int Backward(string text, int start, int i, string phrase)
    {
        for (int k = phrase.Length - 1; k >= 0; k--)
        {
            char p = phrase[k];
            if (i <= start) return -1;
            if (p == ' ')
            {
                if (!ScanChars.IsSpace(text[i - 1])) return -1;
                i = ScanChars.SkipSpaceBack(text, start, i);
            }
            else if (ScanChars.Fold(text[i - 1]) == p)
            {
                i--;
            }
            else
            {
                return -1;
            }
        }
        return i;
    }
}

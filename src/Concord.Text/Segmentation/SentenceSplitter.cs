namespace Concord.Text.Segmentation;

/// <summary>Splits text into sentences at '.', '!', '?', ';'-free boundaries: a full stop (or 。) followed by
/// white space and a capital letter, digit, quote or bracket. Abbreviations ("No.", "Mr.", "U.S.") and
/// decimal numbers do not end a sentence.</summary>
public static class SentenceSplitter
{
    static readonly string[] Abbreviations = ["No.", "Nos.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "e.g.", "i.e.", "etc.", "vs.", "U.S.", "Co.", "Ltd.", "Inc.", "TP.", "Tp.", "ThS.", "TS.", "GS."];

    // A list closer often ends a sentence: "..., the Maritime Dialogue, etc. The two sides also agreed ...".
    static readonly string[] ListClosers = ["etc.", "v.v."];

    public static IReadOnlyList<TextSpan> Split(string text, TextSpan range)
    {
        var sentences = new List<TextSpan>();
        int start = SkipSpace(text, range.Start, range.End);
        for (int i = start; i < range.End; i++)
        {
            char c = text[i];
            bool fullStop = c is '.' or '!' or '?' or '…';
            if (c == '。' || c == '！' || c == '？')
            {
                Add(sentences, text, start, i + 1);
                start = SkipSpace(text, i + 1, range.End);
                i = start - 1;
                continue;
            }
            if (!fullStop || i + 1 >= range.End || !char.IsWhiteSpace(text[i + 1]))
                continue;
            int next = SkipSpace(text, i + 1, range.End);
            if (next >= range.End || !StartsSentence(text[next])
                || EndsWithAbbreviation(text, start, i + 1) && !(char.IsUpper(text[next]) && EndsWith(text, start, i + 1, ListClosers)))
                continue;
            Add(sentences, text, start, i + 1);
            start = next;
            i = next - 1;
        }
        Add(sentences, text, start, range.End);
        return sentences;
    }

    static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '\'' or '‘' or '(' or '[' or '«';

    static bool EndsWithAbbreviation(string text, int sentenceStart, int end)
    {
        if (EndsWith(text, sentenceStart, end, Abbreviations))
            return true;
        // A single capital letter and a dot is an initial: "Ishiba S. said".
        return end - 2 >= sentenceStart && char.IsUpper(text[end - 2]) && (end - 3 < 0 || !char.IsLetter(text[end - 3]));
    }

    static bool EndsWith(string text, int sentenceStart, int end, string[] abbreviations)
    {
        foreach (var abbreviation in abbreviations)
        {
            int at = end - abbreviation.Length;
            if (at >= sentenceStart && string.CompareOrdinal(text, at, abbreviation, 0, abbreviation.Length) == 0
                && (at == 0 || !char.IsLetter(text[at - 1])))
                return true;
        }
        return false;
    }

    static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    static void Add(List<TextSpan> sentences, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new TextSpan(start, end));
    }
}

namespace Concord.Text.Segmentation;

/// <summary>Small character-level steps shared by the hand-written scanners.</summary>
internal static class TextScan
{
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    public static bool IsWordStart(string text, int i, int start) =>
        i < text.Length && IsWordChar(text[i]) && (i <= start || !IsWordChar(text[i - 1]));

    /// <summary>The first index at or after <paramref name="i"/> that is not white space.</summary>
    public static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    /// <summary>Going back from <paramref name="i"/>: the index just after the last character that is not white space.</summary>
    public static int SkipSpaceBack(string text, int i, int start)
    {
        while (i > start && char.IsWhiteSpace(text[i - 1])) i--;
        return i;
    }

    public static int WordEnd(string text, int i, int end)
    {
        while (i < end && IsWordChar(text[i])) i++;
        return i;
    }

    /// <summary>The start of the word that ends at <paramref name="end"/> (exclusive).</summary>
    public static int WordStartBack(string text, int end, int start)
    {
        int i = end;
        while (i > start && IsWordChar(text[i - 1])) i--;
        return i;
    }

    /// <summary>Trims white space and the given punctuation from the end of [start, end).</summary>
    public static int TrimEnd(string text, int start, int end, string punctuation)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || punctuation.Contains(text[end - 1], StringComparison.Ordinal)))
            end--;
        return end;
    }

    public static bool IsDash(char c) => c is '-' or '–' or '—' or '‑' or '−';

    public static bool IsUpperStart(string text, int i) => i < text.Length && char.IsUpper(text[i]);

    /// <summary>The text of [start, end) with every run of white space (a line break included) as one space.</summary>
    public static string Collapse(string text, int start, int end)
    {
        var builder = new System.Text.StringBuilder(end - start);
        bool space = false;
        for (int i = start; i < end; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0) builder.Append(' ');
            space = false;
            builder.Append(text[i]);
        }
        return builder.ToString();
    }

    public static bool IsKana(char c) => c is >= '\u3040' and <= '\u30FF';

    public static bool IsHiragana(char c) => c is >= '\u3040' and <= '\u309F';

    public static bool IsKanji(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '々';
}

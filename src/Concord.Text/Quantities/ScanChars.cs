namespace Concord.Text.Quantities;

/// <summary>Character classes of the quantity scanner. "Latin" means below the CJK blocks: ASCII,
/// Vietnamese letters and their combining marks, so that kana and kanji never count as word characters
/// and may touch a number ("約200億ドル").</summary>
internal static class ScanChars
{
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9 || (uint)(c - '\uFF10') <= 9;

    /// <summary>0-9 of an ASCII or full-width digit.</summary>
    public static int DigitValue(char c) => c <= '9' ? c - '0' : c - '\uFF10';

    public static bool IsSpace(char c) => c == ' ' || c == '\n' || (c > ' ' && char.IsWhiteSpace(c));

    public static bool IsLatinLetter(char c) => c < '\u2000' && char.IsLetter(c);

    public static bool IsLatinWordChar(char c) => c < '\u2000' && char.IsLetterOrDigit(c);

    /// <summary>A combining mark of a Latin letter (decomposed Vietnamese tone marks).</summary>
    public static bool IsMark(char c) => c is >= '\u0300' and < '\u2000' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    public static bool IsUpper(char c) => char.IsUpper(c);

    public static char Fold(char c) => c < 128 ? (uint)(c - 'A') <= 25 ? (char)(c | 0x20) : c : char.ToLowerInvariant(c);

    public static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014' or '\u2212';

    /// <summary>The first position at or after <paramref name="i"/> that is not white space.</summary>
    public static int SkipSpace(string text, int i, int end)
    {
        while (i < end && IsSpace(text[i])) i++;
        return i;
    }

    /// <summary>The position just after the last non-space character before <paramref name="i"/>.</summary>
    public static int SkipSpaceBack(string text, int start, int i)
    {
        while (i > start && IsSpace(text[i - 1])) i--;
        return i;
    }

    /// <summary>The end of the run of Latin letters (with inner apostrophes and hyphens) starting at <paramref name="i"/>.</summary>
    public static int WordEnd(string text, int i, int end)
    {
        while (i < end)
        {
            char c = text[i];
            if (IsLatinLetter(c) || IsMark(c))
                i++;
            else if ((c is '\'' or '\u2019' || c == '-') && i + 1 < end && IsLatinLetter(text[i + 1]) && i > 0 && IsLatinLetter(text[i - 1]))
                i++;
            else
                break;
        }
        return i;
    }
}

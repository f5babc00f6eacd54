using System.Globalization;
using System.Text;

namespace Concord.Text.Alignment;

/// <summary>Folds a character for comparing across versions: lower case, Vietnamese and other Latin
/// marks removed (<c>Phạm</c> and <c>Pham</c> meet), full-width Latin letters and digits made ASCII
/// (Japanese text writes <c>ＪＢＩＣ</c>).</summary>
internal static class TextFold
{
    // One lookup for the whole Latin range a statement uses; built once, read with no allocation.
    const int TableSize = 0x2000;
    static readonly char[] Table = Build();

    public static char Fold(char c)
    {
        if (c < TableSize) return Table[c];
        if (c is >= '\uFF10' and <= '\uFF19') return (char)(c - 0xFEE0);
        if (c is >= '\uFF21' and <= '\uFF3A') return (char)(c - 0xFEE0 + 32);
        if (c is >= '\uFF41' and <= '\uFF5A') return (char)(c - 0xFEE0);
        return c;
    }

    /// <summary>A Latin letter (any case, with or without marks) or its full-width form.</summary>
    public static bool IsLatinLetter(char c)
    {
        char f = Fold(c);
        return f is >= 'a' and <= 'z';
    }

    /// <summary>An ASCII or full-width digit.</summary>
    public static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '\uFF10' and <= '\uFF19';

    public static bool IsUpper(char c) => c < TableSize ? char.IsUpper(c) : c is >= '\uFF21' and <= '\uFF3A';

    public static bool IsAsciiUpper(char c) => c is >= 'A' and <= 'Z' or >= '\uFF21' and <= '\uFF3A';

    public static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text) builder.Append(Fold(c));
        return builder.ToString();
    }

    static char[] Build()
    {
        var table = new char[TableSize];
        for (int i = 0; i < TableSize; i++)
        {
            char c = (char)i;
            table[i] = c;
            if (!char.IsLetter(c)) continue;
            char lower = char.ToLowerInvariant(c);
            if (lower is 'đ') { table[i] = 'd'; continue; }
            string decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            char first = decomposed[0];
            table[i] = first is >= 'a' and <= 'z' && CharUnicodeInfo.GetUnicodeCategory(c) is not UnicodeCategory.OtherLetter ? first : lower;
        }
        return table;
    }
}

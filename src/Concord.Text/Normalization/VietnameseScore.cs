using System.Globalization;
using Concord.Text.Languages.Vi;

namespace Concord.Text.Normalization;

/// <summary>How Vietnamese a decoded text looks: of the words with a letter outside ASCII, how many are
/// Vietnamese syllables; and how many characters no Vietnamese text has (Latin-1 symbols, controls,
/// U+FFFD). The right legacy encoding scores high, the wrong ones produce <c>Hµ Néi</c> or <c>Vieọt</c>,
/// and on short texts valid but unheard-of syllables (<c>céng</c> for "cộng"), hence the extra point
/// for a frequent syllable.</summary>
internal readonly record struct VietnameseScore(int Syllables, int Frequent, int Words, int Odd)
{
    public int Value => Syllables + Frequent - (Words - Syllables) - Odd;

    public int Percent => Words == 0 ? 0 : (int)Math.Round(100.0 * Syllables / Words, MidpointRounding.AwayFromZero);

    /// <summary>Scores <paramref name="text"/>, which must be NFC.</summary>
    public static VietnameseScore Of(string text)
    {
        int syllables = 0, frequent = 0, words = 0, odd = 0;
        Span<char> lower = stackalloc char[8];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsWordChar(c))
            {
                if (IsOdd(c)) odd++;
                i++;
                continue;
            }
            var start = i;
            var ascii = true;
            while (i < text.Length && IsWordChar(text[i]))
            {
                if (text[i] > '\u007F') ascii = false;
                i++;
            }
            if (ascii) continue;
            words++;
            var word = text.AsSpan(start, i - start);
            if (!ViSyllables.IsSyllable(word) || !HasOneCase(word)) continue;
            syllables++;
            var folded = lower[..word.Length];
            word.ToLowerInvariant(folded);
            if (ViCommonSyllables.Syllables.Contains(folded)) frequent++;
        }
        return new(syllables, frequent, words, odd);
    }

    // "Việt", "việt", "VIỆT"; not "cÊp" (TCVN3 read as Windows-1258).
    static bool HasOneCase(ReadOnlySpan<char> word)
    {
        bool upper = false, lower = false;
        foreach (var c in word[1..])
        {
            if (char.IsUpper(c)) upper = true;
            else if (char.IsLower(c)) lower = true;
        }
        return !upper || (!lower && char.IsUpper(word[0]));
    }

    static bool IsWordChar(char c) =>
        c < '\u0080' ? char.IsAsciiLetter(c) : char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    static bool IsOdd(char c) =>
        c is < ' ' and not ('\t' or '\n' or '\r' or '\f' or '\v') or >= '\u007F' and <= '\u009F' or >= '\u00A1' and <= '\u00BF' or '\uFFFD';
}

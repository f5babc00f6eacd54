using System.Globalization;
using System.Text;

namespace Concord.Data.Search;

/// <summary>The one folding the index and the query both go through: lower case (invariant), marks removed
/// (<c>ệ</c> → <c>e</c>, <c>ư</c> → <c>u</c>), <c>đ</c> → <c>d</c>, full-width ASCII → ASCII, and every character
/// that is not a letter, digit or mark (punctuation, symbols, white space) → a space, so that SQLite's and
/// PostgreSQL's tokenizers cut the same words (<c>50.000</c> is <c>50 000</c> to both). Always one character for
/// one: a match at some offsets of the folded text is at the same offsets of the original. Kana and kanji are
/// kept as they are (a dakuten is not a mark to remove). Expects NFC text.</summary>
public static class SearchFolding
{
    // One lookup for everything below the CJK blocks; built once, read with no allocation.
    const int TableSize = 0x3000;
    static readonly char[] Table = Build();

    public static char Fold(char c)
    {
        if (c < TableSize) return Table[c];
        if (c is >= '\uFF01' and <= '\uFF5E') return Table[c - 0xFEE0];
        if (char.IsSurrogate(c)) return c;
        return IsWordChar(CharUnicodeInfo.GetUnicodeCategory(c)) ? c : ' ';
    }

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++) span[i] = Fold(source[i]);
        });
    }

    /// <summary>Kana and kanji (Japanese and Chinese are written without spaces between words): the tokenizers see a
    /// whole run of them as one word, so a query word holding one is looked for as a substring.</summary>
    public static bool IsUnspaced(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\u3400' and <= '\u4DBF'
            or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF66' and <= '\uFF9F'
            or '\u3005' || char.IsSurrogate(c);

    static bool IsWordChar(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    static char[] Build()
    {
        var table = new char[TableSize];
        for (int i = 0; i < TableSize; i++)
        {
            char c = (char)i;
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (!IsWordChar(category)) { table[i] = ' '; continue; }
            char lower = char.ToLowerInvariant(c);
            table[i] = lower switch
            {
                // Letters with a stroke have no decomposition; Vietnamese đ is the one that matters,
                // and Ð (eth) stands in for Đ in text converted from legacy encodings.
                'đ' or 'ð' => 'd',
                'ł' => 'l',
                'ø' => 'o',
                'ħ' => 'h',
                'ı' => 'i',
                _ => category is UnicodeCategory.OtherLetter ? lower : WithoutMarks(lower),
            };
        }
        return table;
    }

    static char WithoutMarks(char c)
    {
        string decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        if (decomposed.Length < 2 || decomposed[0] >= TableSize) return c;
        for (int i = 1; i < decomposed.Length; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(decomposed[i]) is not UnicodeCategory.NonSpacingMark) return c;
        }
        return decomposed[0];
    }
}

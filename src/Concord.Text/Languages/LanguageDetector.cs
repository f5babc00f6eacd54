using Concord.Text.Languages.En;
using Concord.Text.Languages.Vi;

namespace Concord.Text.Languages;

public static class LanguageDetector
{
    const int SampleChars = 20_000;
    const int LongestWord = 32;

    /// <summary>
    /// Guesses the language of a text from its first 20,000 characters. Japanese when kana and kanji
    /// outweigh Latin letters (each counting as two letters). Otherwise word by word: Vietnamese
    /// function words (<c>và</c>, <c>của</c>, <c>được</c>) and words with Vietnamese letters against English
    /// function words (<c>the</c>, <c>and</c>, <c>of</c>) and words no Vietnamese syllable is spelt like;
    /// capitalised words weigh a quarter, as they are mostly names (<c>Phạm Minh Chính</c>, <c>Hà Nội</c>
    /// in an English text). English when in doubt, and for empty text.
    /// </summary>
    public static Language Detect(string text)
    {
        if (string.IsNullOrEmpty(text)) return Language.En;
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleChars));

        long japanese = 0, latinLetters = 0;
        double vietnamese = 0, english = 0;
        Span<char> lower = stackalloc char[LongestWord];
        var i = 0;
        while (i < sample.Length)
        {
            var c = sample[i];
            if (IsJapanese(c)) { japanese++; i++; continue; }
            if (!IsLatinWordChar(c)) { i++; continue; }

            var start = i;
            while (i < sample.Length && IsLatinWordChar(sample[i]) && !IsJapanese(sample[i])) i++;
            var word = sample[start..i];
            latinLetters += word.Length;
            if (word.Length > LongestWord) { english += Weight(word); continue; }

            var folded = lower[..word.Length];
            word.ToLowerInvariant(folded);
            if (ViDetectionWords.Words.Contains(folded)) vietnamese += 3;
            else if (EnDetectionWords.Words.Contains(folded)) english += 3;
            else if (HasMarkedLetter(word)) vietnamese += ViSyllables.IsSyllable(word) ? Weight(word) : 0;
            else if (word.Length > 1 && !ViSyllables.IsSyllable(word)) english += Weight(word);
        }

        if (japanese * 2 > latinLetters) return Language.Ja;
        return vietnamese > english ? Language.Vi : Language.En;
    }

    // Lower-case words count fully; capitalised and all-capital words (names, acronyms) a quarter.
    static double Weight(ReadOnlySpan<char> word) => char.IsUpper(word[0]) ? 0.25 : 1;

    static bool HasMarkedLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (ViSyllables.IsMarkedLetter(c)) return true;
        }
        return false;
    }

    static bool IsLatinWordChar(char c)
    {
        if (c < '\u0080') return char.IsAsciiLetter(c);
        if (c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF') return char.IsLetter(c);
        return c is >= '\u0300' and <= '\u036F'; // combining marks of decomposed text
    }

    // Hiragana, katakana (with the prolonged sound mark), CJK ideographs, the iteration mark 々,
    // half-width katakana.
    static bool IsJapanese(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\u3400' and <= '\u4DBF'
            or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF66' and <= '\uFF9F' or '\u3005';
}

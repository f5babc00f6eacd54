namespace Concord.Text.Dates;

/// <summary>Cuts a paragraph into <see cref="DateToken"/>s in one pass. Latin and Vietnamese words are runs of
/// letters and digits ("FY2026", "Q1"); Japanese kana and kanji are one token per character, so that the
/// Japanese tables are matched character by character. White space, newlines included, separates tokens.</summary>
internal static class DateTokenizer
{
    public static List<DateToken> Tokenize(string text, TextSpan range, Language language)
    {
        var tokens = new List<DateToken>(Math.Max(4, range.Length / 5));
        int end = Math.Min(range.End, text.Length);
        int i = Math.Max(0, range.Start);
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsDigit(c))
            {
                i = ReadNumber(text, i, end, language, tokens);
            }
            else if (IsWordChar(c) && (language != Language.Ja || c < 0x3000))
            {
                int start = i;
                while (i < end && (IsWordChar(text[i]) || char.IsDigit(text[i])) && (language != Language.Ja || text[i] < 0x3000))
                    i++;
                tokens.Add(new DateToken(DateTokenKind.Word, start, i, -1, 0, false));
            }
            else if (char.IsLetter(c))
            {
                tokens.Add(new DateToken(DateTokenKind.Word, i, i + 1, -1, 0, false));
                i++;
            }
            else
            {
                tokens.Add(new DateToken(DateTokenKind.Symbol, i, i + 1, -1, 0, false));
                i++;
            }
        }
        return tokens;
    }

    static bool IsWordChar(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    static int ReadNumber(string text, int start, int end, Language language, List<DateToken> tokens)
    {
        int i = start;
        long value = 0;
        while (i < end && char.IsDigit(text[i]))
        {
            if (value < 1_000_000_000) value = value * 10 + DigitValue(text[i]);
            i++;
        }
        int digits = i - start;
        bool grouped = false;
        // "50,000", "600.000", "3,5": a separator between digits makes one number that is never a date.
        while (i + 1 < end && text[i] is '.' or ',' or '，' && char.IsDigit(text[i + 1]))
        {
            grouped = true;
            i++;
            while (i < end && char.IsDigit(text[i])) i++;
        }
        bool ordinal = false;
        if (!grouped && language != Language.Ja && i < end && char.IsLetter(text[i]))
        {
            int w = i;
            while (w < end && (char.IsLetterOrDigit(text[w]))) w++;
            var suffix = text.AsSpan(i, w - i);
            if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                ordinal = true;
                i = w;
            }
            else
            {
                // "5G", "2nd-generation" aside, a number glued to letters is a name or a code: one word.
                tokens.Add(new DateToken(DateTokenKind.Word, start, w, -1, 0, false));
                return w;
            }
        }
        int plain = grouped || digits > 9 ? -1 : (int)value;
        tokens.Add(new DateToken(DateTokenKind.Number, start, i, plain, digits, ordinal));
        return i;
    }

    static int DigitValue(char c) => c is >= '0' and <= '9' ? c - '0' : (int)char.GetNumericValue(c);
}

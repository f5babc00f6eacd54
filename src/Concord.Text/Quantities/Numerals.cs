using System.Globalization;

namespace Concord.Text.Quantities;

/// <summary>Reads numerals written with digits, by the conventions of a language: "50,000" and "3.5" in
/// English, "50.000" and "3,5" in Vietnamese, full-width "５０，０００" in Japanese.</summary>
internal static class Numerals
{
    const int MaxDigits = 24;

    /// <summary>The end of the numeral starting at <paramref name="start"/>: digits, and separators ('.' ','
    /// and their full-width forms) that have a digit on both sides. "3,4,5,6" is one run; "620,000." ends
    /// before the full stop.</summary>
    public static int RunEnd(string text, int start, int end)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (ScanChars.IsDigit(c))
                i++;
            else if (IsSeparator(c) && i > start && i + 1 < end && ScanChars.IsDigit(text[i + 1]))
                i++;
            else
                break;
        }
        return i;
    }

    /// <summary>Parses one run. Groups of exactly three digits after a thousands separator, then at most
    /// one decimal separator: "1.234.567,5" in Vietnamese. A run that breaks the pattern ("3,4,5,6" in
    /// Vietnamese, "1,2" in English) is not a number. Vietnamese text that writes a decimal point the
    /// English way ("2.5": one dot, not followed by three digits, no comma) is read as English.</summary>
    /// <param name="grouped">True when the run used a separator of any kind.</param>
    public static bool TryParse(ReadOnlySpan<char> run, NumberCulture culture, out decimal value, out bool grouped)
    {
        char group = culture == NumberCulture.DecimalPoint ? ',' : '.';
        char point = culture == NumberCulture.DecimalPoint ? '.' : ',';
        grouped = run.ContainsAny(",.\uFF0C\uFF0E");
        if (TryParse(run, group, point, out value))
            return true;
        return culture == NumberCulture.DecimalComma && IsEnglishDecimal(run) && TryParse(run, ',', '.', out value);
    }

    static bool TryParse(ReadOnlySpan<char> run, char group, char point, out decimal value)
    {
        value = 0;
        if (run.IsEmpty || run.Length > MaxDigits + 8)
            return false;
        Span<char> plain = stackalloc char[run.Length];
        int n = 0, chunk = 0, chunks = 0, first = 0;
        bool seenGroup = false, seenPoint = false;
        foreach (char raw in run)
        {
            char c = Ascii(raw);
            if (c is >= '0' and <= '9')
            {
                plain[n++] = c;
                chunk++;
                continue;
            }
            if (chunk == 0 || seenPoint)
                return false;
            if (chunks == 0) first = chunk;
            else if (chunk != 3) return false;
            chunks++;
            if (c == group) seenGroup = true;
            else if (c == point) { seenPoint = true; plain[n++] = '.'; }
            else return false;
            chunk = 0;
        }
        if (chunk == 0 || n - (seenPoint ? 1 : 0) > MaxDigits)
            return false;
        if (seenGroup && (first > 3 || (!seenPoint && chunk != 3)))
            return false;
        return decimal.TryParse(plain[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    static bool IsEnglishDecimal(ReadOnlySpan<char> run)
    {
        int dot = run.IndexOfAny('.', '\uFF0E');
        return dot > 0 && run.LastIndexOfAny('.', '\uFF0E') == dot && !run.ContainsAny(",\uFF0C") && run.Length - dot - 1 != 3;
    }

    static bool IsSeparator(char c) => c is '.' or ',' or '\uFF0C' or '\uFF0E';

    static char Ascii(char c) => c switch
    {
        >= '\uFF10' and <= '\uFF19' => (char)('0' + (c - '\uFF10')),
        '\uFF0C' => ',',
        '\uFF0E' => '.',
        _ => c,
    };
}

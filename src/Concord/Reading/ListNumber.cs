using System.Globalization;
using System.Text;

namespace Concord.Reading;

/// <summary>Writes a list counter the way a browser or Word shows it: 4, d, D, iv, IV, ４, 四.</summary>
internal static class ListNumber
{
    public static string Format(int n, string style) => style switch
    {
        "lowerLetter" or "a" => Letters(n, 'a'),
        "upperLetter" or "A" => Letters(n, 'A'),
        "lowerRoman" or "i" => Roman(n).ToLowerInvariant(),
        "upperRoman" or "I" => Roman(n),
        "decimalZero" => n is >= 0 and < 10 ? "0" + Decimal(n) : Decimal(n),
        "decimalFullWidth" or "decimalFullWidth2" => FullWidth(Decimal(n)),
        "japaneseCounting" or "chineseCounting" or "chineseCountingThousand" or "ideographTraditional" => Kanji(n),
        _ => Decimal(n),
    };

    static string Decimal(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>a..z, then aa, bb, ... as Word does (and as HTML's lower-alpha does not: it goes aa, ab; rare enough).</summary>
    static string Letters(int n, char a)
    {
        if (n <= 0) return Decimal(n);
        char c = (char)(a + (n - 1) % 26);
        return new string(c, (n - 1) / 26 + 1);
    }

    static string Roman(int n)
    {
        if (n is <= 0 or >= 4000) return Decimal(n);
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (int i = 0; i < values.Length; i++)
            for (; n >= values[i]; n -= values[i]) sb.Append(symbols[i]);
        return sb.ToString();
    }

    static string FullWidth(string digits) => string.Create(digits.Length, digits, static (span, d) =>
    {
        for (int i = 0; i < d.Length; i++) span[i] = d[i] is >= '0' and <= '9' ? (char)(d[i] - '0' + '０') : d[i];
    });

    /// <summary>一 .. 九十九, the counting style of Japanese statements; larger numbers as digits.</summary>
    static string Kanji(int n)
    {
        const string Digits = "〇一二三四五六七八九";
        if (n is <= 0 or >= 100) return Decimal(n);
        if (n < 10) return Digits[n].ToString();
        var tens = n / 10 == 1 ? "十" : Digits[n / 10] + "十";
        return n % 10 == 0 ? tens : tens + Digits[n % 10];
    }
}

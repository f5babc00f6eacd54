using System.Globalization;
using System.Text;

namespace Concord.Text.Alignment;

/// <summary>How issue details show what they quote: the text as written, on one line, cut at a word.</summary>
internal static class IssueText
{
    public static string Quote(string text, int max = 60)
    {
        var flat = new StringBuilder(Math.Min(text.Length, max + 1));
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) { space = flat.Length > 0; continue; }
            if (space) flat.Append(' ');
            space = false;
            flat.Append(c);
            if (flat.Length > max + 20) break;
        }
        if (flat.Length <= max) return flat.ToString();
        int cut = max;
        while (cut > max / 2 && flat[cut] != ' ') cut--;
        if (flat[cut] != ' ') cut = max;
        // Never leave half a surrogate pair.
        if (char.IsHighSurrogate(flat[cut - 1])) cut--;
        return flat.ToString(0, cut).TrimEnd() + "…";
    }

    /// <summary>A few words either side of a span, on its line: "the Global Goals 2030 (P4G)".</summary>
    public static string Around(string text, TextSpan span, int before = 3, int after = 1)
    {
        int start = span.Start, end = span.End;
        for (int words = 0; start > 0 && text[start - 1] != '\n';)
        {
            if (text[start - 1] == ' ' && start < span.Start && text[start] != ' ' && ++words == before) break;
            start--;
        }
        for (int words = 0; end < text.Length && text[end] != '\n';)
        {
            if (text[end] == ' ' && end > span.End && text[end - 1] != ' ' && ++words == after) break;
            end++;
        }
        return Quote(text[start..end].Trim(), 80);
    }

    public static string Number(decimal value) => value.ToString("#,0.############", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The digits of the first number written in a mention: "US$20 billion" → "20",
    /// "50.000 chuyên gia" → "50000"; null when it has none.</summary>
    public static string? Digits(string text)
    {
        var digits = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = TextFold.Fold(text[i]);
            if (c is >= '0' and <= '9') { if (digits.Length > 0 || c != '0') digits.Append(c); continue; }
            if (digits.Length > 0 && c is '.' or ',' && i + 1 < text.Length && TextFold.IsDigit(text[i + 1])) continue;
            if (digits.Length > 0) break;
        }
        return digits.Length > 0 ? digits.ToString() : null;
    }
}

using System.Globalization;
using System.Text;

namespace Concord.Features.Charts;

/// <summary>What every chart writes through: text XML-encoded (and characters XML cannot hold replaced), numbers
/// in the invariant culture with at most two decimals, text clipped with an ellipsis.</summary>
internal static class SvgText
{
    public static string Escape(string text)
    {
        var b = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&': b.Append("&amp;"); break;
                case '<': b.Append("&lt;"); break;
                case '>': b.Append("&gt;"); break;
                case '"': b.Append("&quot;"); break;
                case '\'': b.Append("&#39;"); break;
                case '\t' or '\n' or '\r': b.Append(' '); break;
                default:
                    bool ok = (c >= ' ' && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF')
                        || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]));
                    b.Append(ok ? c : '\uFFFD');
                    break;
            }
        }
        return b.ToString();
    }

    public static string Num(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Clip(string text, int length)
    {
        text = text.ReplaceLineEndings(" ").Trim();
        if (text.Length <= length) return text;
        int cut = length - 1;
        if (char.IsLowSurrogate(text[cut])) cut--;
        return text[..cut].TrimEnd() + "…";
    }

    /// <summary>An id safe in XML and CSS: letters, digits and '-' kept, anything else '-'.</summary>
    public static string Id(string id)
    {
        var b = new StringBuilder(id.Length);
        foreach (char c in id) b.Append(char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-');
        return b.Length == 0 || !char.IsAsciiLetter(b[0]) ? "c" + b : b.ToString();
    }
}

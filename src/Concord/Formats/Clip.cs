using System.Globalization;
using System.Text;

namespace Concord.Formats;

/// <summary>Cuts text for a terminal column, by text elements so that a Vietnamese letter with its
/// marks or a Japanese character is never split.</summary>
public static class Clip
{
    public static string To(string text, int width)
    {
        var flat = text.Replace('\n', ' ');
        var elements = StringInfo.ParseCombiningCharacters(flat);
        if (elements.Length <= width) return flat;
        return flat[..elements[width - 1]].TrimEnd() + "…";
    }

    public static string Pad(string text, int width)
    {
        var clipped = To(text, width);
        int length = new StringInfo(clipped).LengthInTextElements;
        return length >= width ? clipped : clipped + new string(' ', width - length);
    }

    public static string Number(decimal value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…";

    public static string Join(params string?[] parts) =>
        new StringBuilder().AppendJoin(" ", parts.Where(p => !string.IsNullOrEmpty(p))).ToString();
}

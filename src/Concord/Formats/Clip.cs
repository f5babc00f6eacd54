using System.Globalization;
using System.Text;

namespace Concord.Formats;

/// <summary>Cuts text for a terminal column, by text elements so that a Vietnamese letter with its
/// marks or a Japanese character is never split, and counting a wide (CJK) character as two columns.</summary>
public static class Clip
{
    public static string To(string text, int width)
    {
        var flat = text.Replace('\n', ' ');
        if (Columns(flat) <= width) return flat;
        var elements = StringInfo.GetTextElementEnumerator(flat);
        int used = 0, end = 0;
        while (elements.MoveNext())
        {
            int w = ColumnsOf(flat[elements.ElementIndex]);
            if (used + w > width - 1) break;
            used += w;
            end = elements.ElementIndex + ((string)elements.Current).Length;
        }
        return flat[..end].TrimEnd() + "…";
    }

    public static string Pad(string text, int width)
    {
        var clipped = To(text, width);
        int columns = Columns(clipped);
        return columns >= width ? clipped : clipped + new string(' ', width - columns);
    }

    static int Columns(string text)
    {
        int columns = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
            columns += ColumnsOf(text[elements.ElementIndex]);
        return columns;
    }

    static int ColumnsOf(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6'
            ? 2 : 1;

    public static string Number(decimal value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…";

    public static string Join(params string?[] parts) =>
        new StringBuilder().AppendJoin(" ", parts.Where(p => !string.IsNullOrEmpty(p))).ToString();
}

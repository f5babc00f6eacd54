using System.Globalization;
using AngleSharp.Dom;

namespace Concord.Reading;

/// <summary>The counter of one <c>&lt;ol&gt;</c>: <c>start</c>, <c>reversed</c>, <c>type</c> and an item's <c>value</c>
/// as a browser applies them.</summary>
internal sealed class OrderedList
{
    int next;
    readonly int step;
    readonly string type;
    readonly bool unnumbered;

    OrderedList(int start, int step, string type, bool unnumbered)
    {
        next = start;
        this.step = step;
        this.type = type;
        this.unnumbered = unnumbered;
    }

    public static OrderedList Of(IElement ol)
    {
        bool reversed = ol.HasAttribute("reversed");
        int step = reversed ? -1 : 1;
        int start = Integer(ol.GetAttribute("start")) ?? (reversed ? ol.Children.Count(c => c.LocalName == "li") : 1);
        var type = ol.GetAttribute("type") is { Length: 1 } t && "1aAiI".Contains(t[0], StringComparison.Ordinal) ? t : "1";
        // A list whose numbers are hidden usually has them typed in the text instead.
        var style = (ol.GetAttribute("style") ?? "").Replace(" ", "", StringComparison.Ordinal);
        bool unnumbered = style.Contains("list-style:none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("list-style-type:none", StringComparison.OrdinalIgnoreCase);
        return new OrderedList(start, step, type, unnumbered);
    }

    /// <summary>The label of the next item, "3." or "c.", or null when the list shows none.</summary>
    public string? Next(IElement li)
    {
        if (Integer(li.GetAttribute("value")) is { } value) next = value;
        int n = next;
        next += step;
        return unnumbered ? null : ListNumber.Format(n, type) + ".";
    }

    static int? Integer(string? s) =>
        int.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var n) ? n : null;
}

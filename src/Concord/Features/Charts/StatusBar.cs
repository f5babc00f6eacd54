using System.Globalization;
using System.Text;
using static Concord.Features.Charts.SvgText;

namespace Concord.Features.Charts;

/// <summary>A small horizontal bar of status counts as SVG, each part as wide as its share, patterned like the
/// timeline, with a legend that gives every count in words ("Overdue: 3").</summary>
public static class StatusBar
{
    const double Width = 320, BarHeight = 18, LegendRow = 18;

    public static string Render(IReadOnlyList<StatusBarSegment> segments, string title, CultureInfo culture, string id = "status-bar")
    {
        id = Id(id);
        var shown = segments.Where(s => s.Count > 0).ToList();
        int total = shown.Sum(s => s.Count);
        int legendRows = (shown.Count + 1) / 2;
        double height = BarHeight + 8 + Math.Max(legendRows, 1) * LegendRow;
        string summary = string.Join(", ", (shown.Count > 0 ? shown : segments).Select(s => $"{s.Label}: {s.Count.ToString("N0", culture)}"));

        var svg = new StringBuilder(1024);
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(Num(Width)).Append(' ').Append(Num(height))
            .Append("\" role=\"img\" aria-label=\"").Append(Escape($"{title}: {summary}")).Append("\" aria-describedby=\"").Append(id).Append("-desc\"")
            .Append(" font-family=\"sans-serif\" font-size=\"12\" fill=\"#1f2328\">")
            .Append("<title id=\"").Append(id).Append("-title\">").Append(Escape(title)).Append("</title>")
            .Append("<desc id=\"").Append(id).Append("-desc\">").Append(Escape(summary)).Append("</desc>");
        ChartPalette.Defs(svg, id);
        if (total == 0)
            svg.Append("<rect width=\"").Append(Num(Width)).Append("\" height=\"").Append(Num(BarHeight)).Append("\" fill=\"#eaeef2\"/>");
        double x = 0;
        foreach (var s in shown)
        {
            double w = Width * s.Count / total;
            svg.Append("<rect x=\"").Append(Num(x)).Append("\" width=\"").Append(Num(w)).Append("\" height=\"").Append(Num(BarHeight))
                .Append("\" fill=\"").Append(ChartPalette.Fill(s.Band, id)).Append("\"><title>")
                .Append(Escape($"{s.Label}: {s.Count.ToString("N0", culture)}")).Append("</title></rect>");
            x += w;
        }
        for (int i = 0; i < shown.Count; i++)
            ChartPalette.Swatch(svg, shown[i].Band, id, i % 2 * (Width / 2), BarHeight + 8 + i / 2 * LegendRow,
                $"{shown[i].Label}: {shown[i].Count.ToString("N0", culture)}");
        return svg.Append("</svg>").ToString();
    }
}

using System.Globalization;
using System.Text;
using Concord.Data.Register;
using Concord.Data.Tracking;
using static Concord.Features.Charts.SvgText;

namespace Concord.Features.Charts;

/// <summary>A Gantt-like chart of timeline rows as SVG: one row per commitment or event, a bar from its start to
/// the end of its deadline (the deadline's own range drawn full, the lead-in from the statement's date faint), an
/// event as a diamond on its day; coloured and patterned by <see cref="ChartBand"/>, with a legend, a "today" line,
/// and year or month ticks. Rows are drawn as given: the caller filters and orders them.</summary>
public static class TimelineChart
{
    const double Width = 960, LabelWidth = 300, Right = 16, Top = 44, RowHeight = 24, BarHeight = 14;
    const int LabelLength = 46;
    const string Ink = "#1f2328", Grid = "#d0d7de", TodayColour = "#b3261e";

    public static ChartBand BandOf(TimelineRow row) => row.Kind == TimelineKind.Event ? ChartBand.Event : row.State switch
    {
        DeadlineState.Overdue => ChartBand.Overdue,
        DeadlineState.DueSoon => ChartBand.DueSoon,
        _ => row.Status switch
        {
            CommitmentStatus.Completed => ChartBand.Completed,
            CommitmentStatus.InProgress => ChartBand.InProgress,
            CommitmentStatus.Stalled => ChartBand.Stalled,
            CommitmentStatus.NotStarted => ChartBand.NotStarted,
            _ => ChartBand.Closed,
        },
    };

    /// <param name="link">The address a row links to, or null for none.</param>
    public static string Render(IReadOnlyList<TimelineRow> rows, TimelineChartLabels labels, CultureInfo culture, DateOnly today,
        Func<TimelineRow, string?>? link = null, string id = "timeline")
    {
        id = Id(id);
        var bands = rows.Select(BandOf).Distinct().Order().ToList();
        int legendRows = (bands.Count + 3) / 4;
        double plotBottom = Top + Math.Max(rows.Count, 1) * RowHeight;
        double height = plotBottom + 16 + legendRows * 20 + 8;

        var first = rows.Count == 0 ? today : rows.Min(r => r.Start);
        var last = rows.Count == 0 ? today : rows.Max(r => r.End);
        if (today < first) first = today;
        if (today > last) last = today;
        int span = last.DayNumber - first.DayNumber;
        first = first.AddDays(-Math.Max(7, span / 50));
        last = last.AddDays(Math.Max(7, span / 50));
        var x = new ChartScale(first.DayNumber, last.DayNumber, LabelWidth, Width - Right);

        var svg = new StringBuilder(2048 + rows.Count * 400);
        string title = Escape(labels.Title);
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(Num(Width)).Append(' ').Append(Num(height))
            .Append("\" role=\"img\" aria-label=\"").Append(title).Append("\" aria-describedby=\"").Append(id).Append("-desc\"")
            .Append(" font-family=\"sans-serif\" font-size=\"12\" fill=\"").Append(Ink).Append("\">")
            .Append("<title id=\"").Append(id).Append("-title\">").Append(title).Append("</title>")
            .Append("<desc id=\"").Append(id).Append("-desc\">").Append(Escape(labels.Description)).Append("</desc>");
        ChartPalette.Defs(svg, id);

        // Ticks: years (and months when the span is short) along the top, their lines down through the rows.
        int months = ChartScale.TickMonths(last.DayNumber - first.DayNumber, 10);
        foreach (var tick in ChartScale.DateTicks(first, last, months))
        {
            double px = x.Map(tick);
            bool year = tick.Month == 1;
            string text = months >= 12 || year ? tick.ToString("yyyy", culture)
                : culture.TwoLetterISOLanguageName == "vi" ? tick.ToString("MM/yy", culture) : tick.ToString("MMM", culture);
            svg.Append("<line x1=\"").Append(Num(px)).Append("\" x2=\"").Append(Num(px)).Append("\" y1=\"").Append(Num(Top - 6))
                .Append("\" y2=\"").Append(Num(plotBottom)).Append("\" stroke=\"").Append(Grid).Append('"')
                .Append(year ? "" : " stroke-dasharray=\"2 2\"").Append("/>")
                .Append("<text x=\"").Append(Num(px)).Append("\" y=\"").Append(Num(Top - 12)).Append("\" text-anchor=\"middle\"")
                .Append(year ? " font-weight=\"bold\"" : "").Append('>').Append(Escape(text)).Append("</text>");
        }

        for (int i = 0; i < rows.Count; i++) Row(svg, rows[i], i, x, labels, culture, link, id);

        double tx = x.Map(today);
        svg.Append("<line x1=\"").Append(Num(tx)).Append("\" x2=\"").Append(Num(tx)).Append("\" y1=\"").Append(Num(Top - 4))
            .Append("\" y2=\"").Append(Num(plotBottom)).Append("\" stroke=\"").Append(TodayColour).Append("\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>")
            .Append("<text x=\"").Append(Num(Math.Min(tx + 4, Width - Right - 40))).Append("\" y=\"").Append(Num(Top - 26))
            .Append("\" fill=\"").Append(TodayColour).Append("\" font-weight=\"bold\">")
            .Append(Escape($"{labels.Today} {today.ToString("d", culture)}")).Append("</text>");

        for (int i = 0; i < bands.Count; i++)
            ChartPalette.Swatch(svg, bands[i], id, 8 + i % 4 * 230, plotBottom + 16 + i / 4 * 20, labels.Band(bands[i]));
        return svg.Append("</svg>").ToString();
    }

    static void Row(StringBuilder svg, TimelineRow row, int index, ChartScale x, TimelineChartLabels labels, CultureInfo culture,
        Func<TimelineRow, string?>? link, string id)
    {
        double top = Top + index * RowHeight, middle = top + RowHeight / 2;
        var band = BandOf(row);
        string name = row.Path is { Length: > 0 } path ? $"{path} · {row.Label}" : row.Label;
        string when = row.Kind == TimelineKind.Event ? row.End.ToString("d", culture)
            : $"{row.WindowStart.ToString("d", culture)} – {row.End.ToString("d", culture)}";
        string tooltip = $"{name} — {labels.Band(band)}, {when}";
        string? href = link?.Invoke(row);

        if (index % 2 == 1)
            svg.Append("<rect x=\"0\" y=\"").Append(Num(top)).Append("\" width=\"").Append(Num(Width)).Append("\" height=\"")
                .Append(Num(RowHeight)).Append("\" fill=\"#f6f8fa\"/>");
        svg.Append("<g>");
        if (href is not null) svg.Append("<a href=\"").Append(Escape(href)).Append("\">");
        svg.Append("<title>").Append(Escape(tooltip)).Append("</title>");
        svg.Append("<text x=\"8\" y=\"").Append(Num(middle + 4)).Append("\">").Append(Escape(Clip(name, LabelLength))).Append("</text>");
        string fill = ChartPalette.Fill(band, id);
        if (row.Kind == TimelineKind.Event)
        {
            svg.Append("<path d=\"M").Append(Num(x.Map(row.End))).Append(' ').Append(Num(middle - 7)).Append("l7 7l-7 7l-7 -7z\" fill=\"")
                .Append(fill).Append("\"/>");
        }
        else
        {
            double start = x.Map(row.Start), window = x.Map(row.WindowStart), end = Math.Max(x.Map(row.End), window + 3);
            if (window > start)
                svg.Append("<rect x=\"").Append(Num(start)).Append("\" y=\"").Append(Num(middle - 2)).Append("\" width=\"")
                    .Append(Num(window - start)).Append("\" height=\"4\" fill=\"").Append(fill).Append("\" opacity=\"0.45\"/>");
            svg.Append("<rect x=\"").Append(Num(window)).Append("\" y=\"").Append(Num(middle - BarHeight / 2)).Append("\" width=\"")
                .Append(Num(end - window)).Append("\" height=\"").Append(Num(BarHeight)).Append("\" fill=\"").Append(fill)
                .Append("\" stroke=\"").Append(Ink).Append("\" stroke-width=\"0.5\"/>");
        }
        if (href is not null) svg.Append("</a>");
        svg.Append("</g>");
    }
}

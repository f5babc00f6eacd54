using System.Globalization;
using System.Text;
using static Concord.Features.Charts.SvgText;

namespace Concord.Features.Charts;

/// <summary>A target's chart as SVG: the measured values as points joined by a line, the target as a horizontal line
/// marked at its due date, the baseline as a dotted line, and the pace needed as a dashed line from the latest value
/// to the target at the due date. Axes labelled with dates and numbers in <c>culture</c>.</summary>
public static class TargetChart
{
    const double Width = 640, Height = 340, Left = 84, Right = 24, Top = 20, Bottom = 84;
    const string Ink = "#1f2328", Grid = "#d0d7de", Line = "#1f5fa8", Goal = "#1b7a3d", Pace = "#a65300", Base = "#5f6b7a";

    public static string Render(TargetChartData data, TargetChartLabels labels, CultureInfo culture, string id = "target-chart")
    {
        id = Id(id);
        var points = data.Measurements.OrderBy(m => m.Date).Select(m => (m.Date, Value: (double)m.Value)).ToList();
        var days = points.Select(p => p.Date).ToList();
        if (data.BaselineDate is { } bd) days.Add(bd);
        if (data.DueDate is { } due) days.Add(due);
        days.Add(data.Today);
        var first = days.Min();
        var last = days.Max();
        if (last.DayNumber - first.DayNumber < 60) (first, last) = (first.AddDays(-30), last.AddDays(30));

        var values = points.Select(p => p.Value).Append((double)data.Value).ToList();
        if (data.Baseline is { } b) values.Add((double)b);
        double low = Math.Min(0, values.Min()), high = values.Max();
        double step = ChartScale.NiceStep(high - low, 5);
        low = Math.Floor(low / step) * step;
        high = Math.Ceiling(high * 1.05 / step) * step;
        if (high <= low) high = low + step;
        var x = new ChartScale(first.DayNumber, last.DayNumber, Left, Width - Right);
        var y = new ChartScale(low, high, Height - Bottom, Top);

        var svg = new StringBuilder(4096);
        string title = Escape(labels.Title);
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(Num(Width)).Append(' ').Append(Num(Height))
            .Append("\" role=\"img\" aria-label=\"").Append(title).Append("\" aria-describedby=\"").Append(id).Append("-desc\"")
            .Append(" font-family=\"sans-serif\" font-size=\"12\" fill=\"").Append(Ink).Append("\">")
            .Append("<title id=\"").Append(id).Append("-title\">").Append(title).Append("</title>")
            .Append("<desc id=\"").Append(id).Append("-desc\">").Append(Escape(labels.Description)).Append("</desc>");

        // Value axis: grid lines and numbers, the unit above.
        for (double v = low; v <= high + step / 2; v += step)
        {
            double py = y.Map(v);
            svg.Append("<line x1=\"").Append(Num(Left)).Append("\" x2=\"").Append(Num(Width - Right)).Append("\" y1=\"").Append(Num(py))
                .Append("\" y2=\"").Append(Num(py)).Append("\" stroke=\"").Append(Grid).Append("\"/>")
                .Append("<text x=\"").Append(Num(Left - 6)).Append("\" y=\"").Append(Num(py + 4)).Append("\" text-anchor=\"end\">")
                .Append(Escape(((decimal)v).ToString("#,##0.##", culture))).Append("</text>");
        }
        svg.Append("<text x=\"").Append(Num(Left)).Append("\" y=\"").Append(Num(Top - 6)).Append("\" font-weight=\"bold\">")
            .Append(Escape(Clip(data.Unit.Length > 0 ? data.Unit : data.Metric, 60))).Append("</text>");
        // Time axis.
        int months = ChartScale.TickMonths(last.DayNumber - first.DayNumber, 6);
        string format = months >= 12 ? "yyyy" : culture.TwoLetterISOLanguageName == "vi" ? "MM/yyyy" : "MMM yyyy";
        svg.Append("<line x1=\"").Append(Num(Left)).Append("\" x2=\"").Append(Num(Width - Right)).Append("\" y1=\"").Append(Num(Height - Bottom))
            .Append("\" y2=\"").Append(Num(Height - Bottom)).Append("\" stroke=\"").Append(Ink).Append("\"/>");
        foreach (var tick in ChartScale.DateTicks(first, last, months))
        {
            double px = x.Map(tick);
            svg.Append("<line x1=\"").Append(Num(px)).Append("\" x2=\"").Append(Num(px)).Append("\" y1=\"").Append(Num(Height - Bottom))
                .Append("\" y2=\"").Append(Num(Height - Bottom + 5)).Append("\" stroke=\"").Append(Ink).Append("\"/>")
                .Append("<text x=\"").Append(Num(px)).Append("\" y=\"").Append(Num(Height - Bottom + 18)).Append("\" text-anchor=\"middle\">")
                .Append(Escape(tick.ToString(format, culture))).Append("</text>");
        }

        if (data.Baseline is { } baseline)
            HorizontalLine(svg, y.Map((double)baseline), Base, "2 3", $"{labels.Baseline}: {Format(baseline, culture)}");
        HorizontalLine(svg, y.Map((double)data.Value), Goal, null, $"{labels.Target}: {Format(data.Value, culture)}");
        if (data.DueDate is { } dueDate)
        {
            double px = x.Map(dueDate), py = y.Map((double)data.Value);
            svg.Append("<line x1=\"").Append(Num(px)).Append("\" x2=\"").Append(Num(px)).Append("\" y1=\"").Append(Num(Top))
                .Append("\" y2=\"").Append(Num(Height - Bottom)).Append("\" stroke=\"").Append(Goal).Append("\" stroke-dasharray=\"1 3\"/>")
                .Append("<path d=\"M").Append(Num(px)).Append(' ').Append(Num(py - 7)).Append("l7 7l-7 7l-7 -7z\" fill=\"").Append(Goal).Append("\">")
                .Append("<title>").Append(Escape($"{labels.Target}: {Format(data.Value, culture)} ({dueDate.ToString("d", culture)})")).Append("</title></path>");
        }
        if (data.Today >= first && data.Today <= last)
        {
            double px = x.Map(data.Today);
            svg.Append("<line x1=\"").Append(Num(px)).Append("\" x2=\"").Append(Num(px)).Append("\" y1=\"").Append(Num(Top))
                .Append("\" y2=\"").Append(Num(Height - Bottom)).Append("\" stroke=\"").Append(Ink).Append("\" stroke-width=\"0.75\"/>")
                .Append("<text x=\"").Append(Num(px + 3)).Append("\" y=\"").Append(Num(Top + 10)).Append("\" font-size=\"11\">")
                .Append(Escape(labels.Today)).Append("</text>");
        }

        // The pace needed: from the latest value (or the baseline) to the target on its due date.
        (DateOnly Date, double Value)? from = points.Count > 0 ? points[^1]
            : data.Baseline is { } b0 && data.BaselineDate is { } d0 ? (d0, (double)b0) : null;
        bool pace = from is { } f && data.DueDate is { } end && end > f.Date;
        if (pace)
            svg.Append("<line x1=\"").Append(Num(x.Map(from!.Value.Date))).Append("\" y1=\"").Append(Num(y.Map(from.Value.Value)))
                .Append("\" x2=\"").Append(Num(x.Map(data.DueDate!.Value))).Append("\" y2=\"").Append(Num(y.Map((double)data.Value)))
                .Append("\" stroke=\"").Append(Pace).Append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");

        if (points.Count > 1)
        {
            svg.Append("<polyline fill=\"none\" stroke=\"").Append(Line).Append("\" stroke-width=\"2\" points=\"");
            foreach (var p in points) svg.Append(Num(x.Map(p.Date))).Append(',').Append(Num(y.Map(p.Value))).Append(' ');
            svg.Length--;
            svg.Append("\"/>");
        }
        foreach (var p in points)
            svg.Append("<circle cx=\"").Append(Num(x.Map(p.Date))).Append("\" cy=\"").Append(Num(y.Map(p.Value))).Append("\" r=\"4\" fill=\"")
                .Append(Line).Append("\"><title>").Append(Escape($"{p.Date.ToString("d", culture)}: {Format((decimal)p.Value, culture)}"))
                .Append("</title></circle>");

        Legend(svg, labels, data.Baseline is not null, pace);
        return svg.Append("</svg>").ToString();
    }

    static string Format(decimal value, CultureInfo culture) => value.ToString("#,##0.##", culture);

    static void HorizontalLine(StringBuilder svg, double py, string colour, string? dash, string label)
    {
        svg.Append("<line x1=\"").Append(Num(Left)).Append("\" x2=\"").Append(Num(Width - Right)).Append("\" y1=\"").Append(Num(py))
            .Append("\" y2=\"").Append(Num(py)).Append("\" stroke=\"").Append(colour).Append("\" stroke-width=\"2\"");
        if (dash is not null) svg.Append(" stroke-dasharray=\"").Append(dash).Append('"');
        svg.Append("/><text x=\"").Append(Num(Width - Right - 4)).Append("\" y=\"").Append(Num(Math.Max(Top + 10, py - 5)))
            .Append("\" text-anchor=\"end\" fill=\"").Append(colour).Append("\">").Append(Escape(label)).Append("</text>");
    }

    static void Legend(StringBuilder svg, TargetChartLabels labels, bool baseline, bool pace)
    {
        var entries = new List<(string Colour, string? Dash, string Label)> { (Line, null, labels.Measured), (Goal, null, labels.Target) };
        if (pace) entries.Add((Pace, "6 4", labels.PaceNeeded));
        if (baseline) entries.Add((Base, "2 3", labels.Baseline));
        double lx = Left, ly = Height - 30;
        foreach (var (colour, dash, label) in entries)
        {
            svg.Append("<line x1=\"").Append(Num(lx)).Append("\" x2=\"").Append(Num(lx + 24)).Append("\" y1=\"").Append(Num(ly))
                .Append("\" y2=\"").Append(Num(ly)).Append("\" stroke=\"").Append(colour).Append("\" stroke-width=\"2\"");
            if (dash is not null) svg.Append(" stroke-dasharray=\"").Append(dash).Append('"');
            string text = Clip(label, 24);
            svg.Append("/><text x=\"").Append(Num(lx + 30)).Append("\" y=\"").Append(Num(ly + 4)).Append("\">").Append(Escape(text)).Append("</text>");
            lx += 48 + text.Length * 6.5;
            if (lx > Width - 120) (lx, ly) = (Left, ly + 18);
        }
    }
}

using System.Text;

namespace Concord.Features.Charts;

/// <summary>The bands' colours (each at least 3:1 against white) and patterns, so that colour is never the only cue:
/// overdue is striped, due soon dotted, stalled cross-hatched, closed barred, the others solid.</summary>
internal static class ChartPalette
{
    public static string Colour(ChartBand band) => band switch
    {
        ChartBand.Completed => "#1b7a3d",
        ChartBand.InProgress => "#1f5fa8",
        ChartBand.NotStarted => "#5f6b7a",
        ChartBand.DueSoon => "#a65300",
        ChartBand.Overdue => "#b3261e",
        ChartBand.Stalled => "#6d3f99",
        ChartBand.Closed => "#767676",
        _ => "#0f6b63",
    };

    /// <summary>The fill of a band: its pattern's url, or its plain colour.</summary>
    public static string Fill(ChartBand band, string prefix) =>
        HasPattern(band) ? $"url(#{prefix}-{band.ToString().ToLowerInvariant()})" : Colour(band);

    static bool HasPattern(ChartBand band) => band is ChartBand.Overdue or ChartBand.DueSoon or ChartBand.Stalled or ChartBand.Closed;

    public static void Defs(StringBuilder svg, string prefix)
    {
        svg.Append("<defs>");
        foreach (var band in Enum.GetValues<ChartBand>())
        {
            if (!HasPattern(band)) continue;
            string colour = Colour(band);
            svg.Append("<pattern id=\"").Append(prefix).Append('-').Append(band.ToString().ToLowerInvariant())
                .Append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
                .Append(band == ChartBand.Overdue ? " patternTransform=\"rotate(45)\"" : "").Append('>')
                .Append("<rect width=\"6\" height=\"6\" fill=\"").Append(colour).Append("\"/>");
            svg.Append(band switch
            {
                ChartBand.Overdue => "<rect width=\"2\" height=\"6\" fill=\"#ffffff\"/>",
                ChartBand.DueSoon => "<circle cx=\"3\" cy=\"3\" r=\"1.3\" fill=\"#ffffff\"/>",
                ChartBand.Stalled => "<path d=\"M0 0L6 6M6 0L0 6\" stroke=\"#ffffff\" stroke-width=\"1\"/>",
                _ => "<rect y=\"2\" width=\"6\" height=\"1.5\" fill=\"#ffffff\"/>",
            });
            svg.Append("</pattern>");
        }
        svg.Append("</defs>");
    }

    /// <summary>A legend entry: a swatch in the band's fill with a dark outline, then the label.</summary>
    public static void Swatch(StringBuilder svg, ChartBand band, string prefix, double x, double y, string label)
    {
        if (band == ChartBand.Event)
            svg.Append("<path d=\"M").Append(SvgText.Num(x + 7)).Append(' ').Append(SvgText.Num(y))
                .Append("l6 6l-6 6l-6 -6z\" fill=\"").Append(Colour(band)).Append("\"/>");
        else
            svg.Append("<rect x=\"").Append(SvgText.Num(x)).Append("\" y=\"").Append(SvgText.Num(y))
                .Append("\" width=\"14\" height=\"12\" fill=\"").Append(Fill(band, prefix)).Append("\" stroke=\"#1f2328\" stroke-width=\"0.5\"/>");
        svg.Append("<text x=\"").Append(SvgText.Num(x + 19)).Append("\" y=\"").Append(SvgText.Num(y + 10))
            .Append("\">").Append(SvgText.Escape(label)).Append("</text>");
    }
}

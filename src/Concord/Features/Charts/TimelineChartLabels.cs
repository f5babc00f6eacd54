namespace Concord.Features.Charts;

/// <summary>The words of a timeline chart in the page's language: its title and text alternative, the "today" line,
/// and a name for each band (shown in the legend and in each bar's tooltip).</summary>
public sealed record TimelineChartLabels(string Title, string Description, string Today, IReadOnlyDictionary<ChartBand, string> Bands)
{
    public string Band(ChartBand band) => Bands.TryGetValue(band, out var name) ? name : band.ToString();
}

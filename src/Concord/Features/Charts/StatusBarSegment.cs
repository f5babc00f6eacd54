namespace Concord.Features.Charts;

/// <summary>One part of a status bar: a band, its name in the page's language, and how many.</summary>
public sealed record StatusBarSegment(ChartBand Band, string Label, int Count);

namespace Concord.Features.Charts;

/// <summary>The words of a target chart, in the page's language: its title and text alternative (read by screen
/// readers), and the legend's names for the measured values, the target, the baseline, the pace needed and today.</summary>
public sealed record TargetChartLabels(string Title, string Description, string Measured, string Target, string Baseline, string PaceNeeded, string Today);

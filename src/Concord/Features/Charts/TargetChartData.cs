using Concord.Data.Reports;

namespace Concord.Features.Charts;

/// <summary>What a target chart draws: the target's value and due date, its baseline, its measured values, and
/// the day the chart is drawn for.</summary>
public sealed record TargetChartData(
    string Metric,
    string Unit,
    decimal Value,
    DateOnly? DueDate,
    decimal? Baseline,
    DateOnly? BaselineDate,
    IReadOnlyList<ReportMeasurement> Measurements,
    DateOnly Today)
{
    public static TargetChartData From(ReportTarget target, DateOnly today) =>
        new(target.Metric, target.Unit, target.Value, target.DueDate, target.Baseline, target.BaselineDate, target.Measurements, today);
}

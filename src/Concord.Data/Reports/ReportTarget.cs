using Concord.Data.Tracking;

namespace Concord.Data.Reports;

/// <summary>A target of a commitment with its measured values up to the report's day and its pace on that day.</summary>
public sealed record ReportTarget(
    int Id,
    int CommitmentId,
    string Path,
    string Metric,
    string Unit,
    string Comparator,
    decimal Value,
    string? Per,
    decimal? Baseline,
    DateOnly? BaselineDate,
    DateOnly? DueDate,
    Pace Pace,
    IReadOnlyList<ReportMeasurement> Measurements);

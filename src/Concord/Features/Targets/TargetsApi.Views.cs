using Concord.Data.Tracking;

namespace Concord.Features.Targets;

public static partial class TargetsApi
{
    public sealed record MeasurementView(int Id, DateOnly Date, decimal Value, string Source, DateTime RecordedAt, string RecordedBy);

    public sealed record TargetView(int Id, int CommitmentId, string Metric, string Unit, string Comparator, decimal Value,
        decimal? Baseline, DateOnly? BaselineDate, string? Per, DateOnly? DueDate, string SourceText, Pace Pace,
        IReadOnlyList<MeasurementView> Measurements, long Version);

    /// <summary>A target as a person sets it; for a PATCH only the fields given change.</summary>
    public sealed record TargetRequest(string? Metric, string? Unit, string? Comparator, decimal? Value, decimal? Baseline,
        DateOnly? BaselineDate, string? Per, DateOnly? DueDate);

    public sealed record MeasurementRequest(DateOnly? Date, decimal? Value, string? Source);
}

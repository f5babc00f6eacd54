namespace Concord.Data.Tracking;

/// <summary>The rows of a timeline, how many matched before the limit, and how many matching commitments have no
/// deadline to place on it.</summary>
public sealed record TimelineResult(IReadOnlyList<TimelineRow> Rows, int Total, int Undated, DateOnly Today);

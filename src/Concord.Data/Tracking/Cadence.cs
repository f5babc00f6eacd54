namespace Concord.Data.Tracking;

/// <summary>Whether a mechanism has met within its cadence: <see cref="DueBy"/> is the day by which it should
/// have met again (null when it has no cadence or nothing to count from).</summary>
public sealed record Cadence(bool Lapsed, DateOnly? LastMet, DateOnly? DueBy);

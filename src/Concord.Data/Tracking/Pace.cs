namespace Concord.Data.Tracking;

/// <summary>A target's pace on a day: the rate needed from the latest value to the target by its due date,
/// against the rate achieved between the baseline and the latest measurement, both per year.</summary>
public sealed record Pace(
    PaceState State,
    decimal? Latest,
    DateOnly? LatestDate,
    decimal? NeededPerYear,
    decimal? AchievedPerYear);

using Concord.Data.Register;

namespace Concord.Data.Tracking;

/// <summary>Computes a target's <see cref="Pace"/>. A target is met when its latest value satisfies its comparator;
/// otherwise it is on track when the rate achieved so far, continued, reaches the target by the due date.</summary>
public static class TargetPace
{
    const decimal DaysPerYear = 365.25m;

    public static Pace Compute(Target target, IEnumerable<Measurement> measurements, DateOnly today)
    {
        var latest = measurements.OrderBy(m => m.Date).ThenBy(m => m.Id).LastOrDefault();
        decimal? latestValue = latest?.Value ?? target.Baseline;
        DateOnly? latestDate = latest?.Date ?? target.BaselineDate;
        if (latestValue is not { } value)
            return new Pace(PaceState.Unknown, null, null, null, null);
        if (Meets(target.Comparator, value, target.Value))
            return new Pace(PaceState.Met, value, latestDate, null, null);

        decimal? needed = null;
        if (target.DueDate is { } due && latestDate is { } from && due > from)
            needed = PerYear(target.Value - value, from, due);
        decimal? achieved = null;
        if (latest is not null && target.Baseline is { } baseline && target.BaselineDate is { } since && latest.Date > since)
            achieved = PerYear(latest.Value - baseline, since, latest.Date);

        if (target.DueDate is { } last && last < today)
            return new Pace(PaceState.Behind, value, latestDate, needed, achieved);
        if (needed is not { } need || achieved is not { } got)
            return new Pace(PaceState.Unknown, value, latestDate, needed, achieved);
        // The needed rate has the sign of the way the value must move: achieving at least as much that way is on track.
        bool onTrack = need >= 0 ? got >= need : got <= need;
        return new Pace(onTrack ? PaceState.OnTrack : PaceState.Behind, value, latestDate, needed, achieved);
    }

    /// <summary>Whether <paramref name="value"/> satisfies "comparator <paramref name="target"/>"; "approx" allows 5%.</summary>
    public static bool Meets(string comparator, decimal value, decimal target) => comparator switch
    {
        "gt" => value > target,
        "lt" => value < target,
        "lte" => value <= target,
        "eq" => value == target,
        "approx" => Math.Abs(value - target) <= Math.Abs(target) * 0.05m,
        _ => value >= target,
    };

    static decimal PerYear(decimal change, DateOnly from, DateOnly to) =>
        Math.Round(change * DaysPerYear / (to.DayNumber - from.DayNumber), 6, MidpointRounding.ToEven);
}

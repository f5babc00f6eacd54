using Concord.Data.Register;

namespace Concord.Data.Tracking;

/// <summary>Overdue and due soon, from the end of a deadline, the status and today's date.</summary>
public static class Deadlines
{
    public const int DefaultDueSoonDays = 30;

    /// <summary>True for the statuses that still owe something: not started, in progress, stalled.</summary>
    public static bool IsOpen(CommitmentStatus status) =>
        status is CommitmentStatus.NotStarted or CommitmentStatus.InProgress or CommitmentStatus.Stalled;

    /// <summary>Overdue once the last day of the deadline has passed; due soon from <paramref name="dueSoonDays"/>
    /// days before it up to and including that day.</summary>
    public static DeadlineState Evaluate(DateOnly? end, CommitmentStatus status, DateOnly today, int dueSoonDays = DefaultDueSoonDays)
    {
        if (!IsOpen(status)) return DeadlineState.Closed;
        if (end is not { } last) return DeadlineState.None;
        if (last < today) return DeadlineState.Overdue;
        return last <= today.AddDays(dueSoonDays) ? DeadlineState.DueSoon : DeadlineState.Open;
    }

    /// <summary>Today in UTC by <paramref name="clock"/>: deadlines are days, and the register keeps UTC.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}

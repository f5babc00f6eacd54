namespace Concord.Data.Tracking;

/// <summary>Where a commitment stands against its deadline on a given day. Computed, never stored.</summary>
public enum DeadlineState
{
    /// <summary>No deadline, or no end to it.</summary>
    None,

    /// <summary>Open, and the deadline is further away than the due-soon window.</summary>
    Open,
    DueSoon,
    Overdue,

    /// <summary>Completed, dropped or superseded: a deadline no longer applies.</summary>
    Closed,
}

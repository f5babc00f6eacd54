namespace Concord.Data.Register;

/// <summary>Where a commitment stands. Overdue and due soon are not statuses: they follow from the deadline
/// and the status at the time of asking.</summary>
public enum CommitmentStatus
{
    NotStarted,
    InProgress,
    Completed,
    Stalled,
    Dropped,
    Superseded,
}

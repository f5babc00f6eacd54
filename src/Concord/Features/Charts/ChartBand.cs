namespace Concord.Features.Charts;

/// <summary>How a chart colours and patterns a commitment or an event: by status, with overdue and due soon (which
/// follow from the deadline) taking the place of the open statuses.</summary>
public enum ChartBand
{
    Completed,
    InProgress,
    NotStarted,
    DueSoon,
    Overdue,
    Stalled,
    Closed,
    Event,
}

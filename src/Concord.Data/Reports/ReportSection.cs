namespace Concord.Data.Reports;

/// <summary>Where a commitment is reported within its pillar. Each commitment is in exactly one: late (overdue or
/// stalled) comes before its status.</summary>
public enum ReportSection
{
    Done,
    InProgress,
    Late,
    NotStarted,
    Closed,
}

using Concord.Data.Register;
using Concord.Data.Tracking;

namespace Concord.Data.Reports;

/// <summary>A commitment as a report shows it: its text in the report's language where a version says it, its status
/// and deadline on the report's day (<see cref="DaysOverdue"/> when overdue), the agencies that lead and support it,
/// and its latest update, which for a late commitment is the reason given. <see cref="Ordinal"/> is its place in
/// the text.</summary>
public sealed record ReportCommitment(
    int Id,
    int Ordinal,
    string Path,
    string Text,
    CommitmentStatus Status,
    DeadlineState Deadline,
    DateOnly? DeadlineEnd,
    string DeadlineText,
    int? DaysOverdue,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Support,
    ReportUpdate? LatestUpdate);

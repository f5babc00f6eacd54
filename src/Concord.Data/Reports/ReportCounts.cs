namespace Concord.Data.Reports;

/// <summary>Commitments counted by status, and how many of the open ones are overdue or due soon on the report's
/// day. <see cref="Closed"/> counts the dropped and the superseded.</summary>
public sealed record ReportCounts(int Total, int Completed, int InProgress, int NotStarted, int Stalled, int Closed, int Overdue, int DueSoon);

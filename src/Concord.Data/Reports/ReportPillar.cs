namespace Concord.Data.Reports;

/// <summary>One of the statement's points: its number ("3"), its heading in the report's language, its counts, its
/// commitments by section, and the targets of those commitments.</summary>
public sealed record ReportPillar(
    string Pillar,
    string Heading,
    ReportCounts Counts,
    IReadOnlyList<ReportCommitment> Done,
    IReadOnlyList<ReportCommitment> InProgress,
    IReadOnlyList<ReportCommitment> Late,
    IReadOnlyList<ReportCommitment> NotStarted,
    IReadOnlyList<ReportCommitment> Closed,
    IReadOnlyList<ReportTarget> Targets)
{
    /// <summary>The sections in the order the report shows them.</summary>
    public IEnumerable<(ReportSection Section, IReadOnlyList<ReportCommitment> Commitments)> Sections()
    {
        yield return (ReportSection.Done, Done);
        yield return (ReportSection.InProgress, InProgress);
        yield return (ReportSection.Late, Late);
        yield return (ReportSection.NotStarted, NotStarted);
        yield return (ReportSection.Closed, Closed);
    }
}

namespace Concord.Data.Reports;

/// <summary>The report's first table: the commitments counted, the targets by pace, the mechanisms that have not
/// met within their cadence.</summary>
public sealed record ReportSummary(
    ReportCounts Commitments,
    int Targets,
    int TargetsMet,
    int TargetsOnTrack,
    int TargetsBehind,
    int TargetsUnknown,
    int Mechanisms,
    int MechanismsLapsed);

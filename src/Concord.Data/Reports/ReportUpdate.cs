using Concord.Data.Register;

namespace Concord.Data.Reports;

/// <summary>A progress update as a report quotes it.</summary>
public sealed record ReportUpdate(DateOnly Date, string Text, CommitmentStatus? StatusAfter);

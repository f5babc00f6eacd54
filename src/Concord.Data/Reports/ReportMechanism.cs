using Concord.Data.Tracking;

namespace Concord.Data.Reports;

/// <summary>A mechanism the statement names, with its meetings up to the report's day and whether it met within
/// its cadence.</summary>
public sealed record ReportMechanism(int Id, string Name, string? OtherName, int? CadenceMonths, int Meetings, Cadence Cadence);

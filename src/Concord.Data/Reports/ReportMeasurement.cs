namespace Concord.Data.Reports;

/// <summary>A measured value of a target.</summary>
public sealed record ReportMeasurement(DateOnly Date, decimal Value, string Source);

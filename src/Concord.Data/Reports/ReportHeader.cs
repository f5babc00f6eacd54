namespace Concord.Data.Reports;

/// <summary>The statement a report is about.</summary>
public sealed record ReportHeader(string Key, string Title, string PartyA, string PartyB, DateOnly? Date, string? Place);

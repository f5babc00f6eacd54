namespace Concord.Data.Ingest;

internal sealed record PlannedTarget(string Metric, string Unit, string Comparator, decimal Value, string? Per, DateOnly? Due, string SourceText);

namespace Concord.Data.Search;

/// <summary>One text that matched: what it is (<see cref="Kind"/> and the record's <see cref="RefId"/>), where it
/// belongs (statement, item, commitment), and a snippet of it around the first match. <see cref="Score"/> is
/// the provider's relevance (bm25 on SQLite, ts_rank on PostgreSQL): higher is better, comparable only within
/// one result list.</summary>
public sealed record SearchHit(
    string Kind,
    int RefId,
    string StatementKey,
    string? ItemPath,
    int? CommitmentId,
    string Language,
    double Score,
    SearchSnippet Snippet);

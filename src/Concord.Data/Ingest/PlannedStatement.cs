namespace Concord.Data.Ingest;

/// <summary>What the register should hold for one statement, computed from its versions before the register is
/// read: the writer brings the register to it, changing only what differs.</summary>
internal sealed record PlannedStatement(
    string Key,
    string Title,
    (string A, string B)? Parties,
    DateOnly? Date,
    IReadOnlyList<IngestDocument> Versions,
    IReadOnlyList<string> Hashes,
    List<PlannedItem> Items);

namespace Concord.Data.Ingest;

/// <summary>The versions of one statement, the reference version first: its item paths are the statement's.</summary>
internal sealed record StatementGroup(List<IngestDocument> Versions)
{
    public DateOnly? Date => Versions.Select(v => v.Document.Date).FirstOrDefault(d => d is not null);
}

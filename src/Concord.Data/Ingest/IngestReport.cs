namespace Concord.Data.Ingest;

/// <summary>What an ingest did, statement by statement; or, when <see cref="Problems"/> is not empty, why it
/// wrote nothing.</summary>
public sealed record IngestReport(IReadOnlyList<StatementReport> Statements, IReadOnlyList<Refusal> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

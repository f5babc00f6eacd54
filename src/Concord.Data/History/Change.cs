namespace Concord.Data.History;

/// <summary>One change to one record of the register: who, when, what, the record before and after (as JSON,
/// null when it did not exist). The register as of a date is the latest change of each record up to it.</summary>
public sealed class Change
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }

    /// <summary>The record's type, e.g. "Commitment".</summary>
    public required string Entity { get; set; }
    public required string EntityId { get; set; }

    /// <summary>"added", "modified" or "deleted".</summary>
    public required string Operation { get; set; }
    public int? StatementId { get; set; }

    /// <summary>The commitment a part of it (party, agency, source, target, update) belongs to: its history shows them.</summary>
    public int? CommitmentId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}

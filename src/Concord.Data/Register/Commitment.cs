namespace Concord.Data.Register;

/// <summary>What the parties undertook in one clause of an item; people may reword, split, merge it, or mark it
/// as not a commitment.</summary>
public sealed class Commitment
{
    public int Id { get; set; }
    public int StatementId { get; set; }
    public Statement Statement { get; set; } = null!;
    public int ItemId { get; set; }
    public Item Item { get; set; } = null!;

    /// <summary>Order within the item.</summary>
    public int Ordinal { get; set; }

    /// <summary>The clause in the first version, or a person's wording of it.</summary>
    public required string Text { get; set; }

    /// <summary>The clause's modality as read: "commitment", "aspiration", ...</summary>
    public string Modality { get; set; } = "commitment";

    /// <summary>False when a person marked it as not a commitment: it stays, out of counts.</summary>
    public bool IsCommitment { get; set; } = true;
    public CommitmentStatus Status { get; set; }

    /// <summary>The deadline as the text core read it or a person set it: first and last day (either may be
    /// open), precision ("year", "fiscal-year", ...), the fiscal-year convention ("JP", "VN"), the source words
    /// (empty when a person set it) and how they were read.</summary>
    public DateOnly? DeadlineStart { get; set; }
    public DateOnly? DeadlineEnd { get; set; }
    public string? DeadlinePrecision { get; set; }
    public string? DeadlineFiscalYear { get; set; }
    public string DeadlineText { get; set; } = "";
    public string DeadlineReading { get; set; } = "";

    /// <summary>"extracted" by ingest, or "edited" once a person changed its text or sources.</summary>
    public string Origin { get; set; } = "extracted";
    public long Version { get; set; }

    public List<CommitmentSource> Sources { get; set; } = [];
    public List<CommitmentParty> Parties { get; set; } = [];
    public List<CommitmentAgency> Agencies { get; set; } = [];
    public List<Target> Targets { get; set; } = [];
    public List<ProgressUpdate> Updates { get; set; } = [];
}

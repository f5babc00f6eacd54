namespace Concord.Data.Ingest;

/// <summary>What an ingest did to one statement: "created", "updated" or "unchanged", and what changed.</summary>
public sealed record StatementReport(string Key, string Title)
{
    public string Outcome { get; set; } = "unchanged";
    public List<string> Sources { get; } = [];
    public List<string> VersionsAdded { get; } = [];
    public List<string> VersionsChanged { get; } = [];
    public List<string> ItemsAdded { get; } = [];
    public List<string> ItemsRemoved { get; } = [];
    public List<string> ItemsChanged { get; } = [];
    public int CommitmentsAdded { get; set; }
    public int CommitmentsRemoved { get; set; }
    public int CommitmentsKept { get; set; }

    /// <summary>Commitments that the corrected text no longer says but that hold tracking data (a status, updates,
    /// agencies, measurements, a person's edit): kept, for people to settle. Their texts.</summary>
    public List<string> CommitmentsUnmatched { get; } = [];
    public int Items { get; set; }
    public int Commitments { get; set; }
    public int Mechanisms { get; set; }
    public int Initiatives { get; set; }

    /// <summary>What was read: the outline and commitments of the reference version, the alignment counts.</summary>
    public StatementPreview? Preview { get; set; }
}

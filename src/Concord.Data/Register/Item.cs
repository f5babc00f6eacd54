namespace Concord.Data.Register;

/// <summary>A point or item of a statement, the same in every language: its texts are the versions' items
/// the aligner paired.</summary>
public sealed class Item
{
    public int Id { get; set; }
    public int StatementId { get; set; }
    public Statement Statement { get; set; } = null!;

    /// <summary>The path in the statement's first version: "3", "3.2", "A1.9", "P1".</summary>
    public required string Path { get; set; }

    /// <summary>The top-level point the item belongs to ("3" for "3.2"): the statement's own pillars.</summary>
    public required string Pillar { get; set; }
    public required string Kind { get; set; }
    public int Ordinal { get; set; }

    public List<ItemText> Texts { get; set; } = [];
    public List<Commitment> Commitments { get; set; } = [];
    public List<AlignmentIssue> Issues { get; set; } = [];
}

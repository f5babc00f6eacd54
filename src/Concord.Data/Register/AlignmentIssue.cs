namespace Concord.Data.Register;

/// <summary>A difference the aligner found between two versions of an item ("quantity-mismatch", ...).</summary>
public sealed class AlignmentIssue
{
    public int Id { get; set; }
    public int ItemId { get; set; }
    public required string Kind { get; set; }
    public required string Detail { get; set; }
}

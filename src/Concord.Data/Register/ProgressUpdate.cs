namespace Concord.Data.Register;

/// <summary>A report of progress on a commitment: what was done, by whom, and the status it leads to.</summary>
public sealed class ProgressUpdate
{
    public int Id { get; set; }
    public int CommitmentId { get; set; }

    /// <summary>The party the update is for, or null for the commitment as a whole.</summary>
    public string? Party { get; set; }
    public DateOnly Date { get; set; }
    public required string Author { get; set; }
    public CommitmentStatus? StatusBefore { get; set; }
    public CommitmentStatus? StatusAfter { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }

    public List<Evidence> Evidence { get; set; } = [];
}

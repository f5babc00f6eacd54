namespace Concord.Data.Register;

/// <summary>A party that owes a commitment, with its own status when the parties' progress differs.</summary>
public sealed class CommitmentParty
{
    public int Id { get; set; }
    public int CommitmentId { get; set; }
    public required string Party { get; set; }
    public CommitmentStatus Status { get; set; }
}

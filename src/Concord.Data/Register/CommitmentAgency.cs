namespace Concord.Data.Register;

/// <summary>An agency assigned to a commitment for one party: the lead, or one of those supporting it.</summary>
public sealed class CommitmentAgency
{
    public int Id { get; set; }
    public int CommitmentId { get; set; }
    public int AgencyId { get; set; }
    public Agency Agency { get; set; } = null!;
    public required string Party { get; set; }

    /// <summary>"lead" or "support".</summary>
    public string Role { get; set; } = "lead";
}

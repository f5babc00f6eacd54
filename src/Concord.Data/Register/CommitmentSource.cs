namespace Concord.Data.Register;

/// <summary>Where a commitment is said in one language version: a span of the version's text.</summary>
public sealed class CommitmentSource
{
    public int Id { get; set; }
    public int CommitmentId { get; set; }
    public int VersionId { get; set; }
    public int SpanStart { get; set; }
    public int SpanEnd { get; set; }
    public required string Text { get; set; }
}

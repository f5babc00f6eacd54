namespace Concord.Data.Ingest;

/// <summary>An item with its text in each version (by index into the statement's versions), the aligner's
/// issues, its commitments and the names it mentions.</summary>
internal sealed record PlannedItem(string Path, string Pillar, string Kind)
{
    public List<PlannedText> Texts { get; } = [];
    public List<(string Kind, string Detail)> Issues { get; } = [];
    public List<PlannedCommitment> Commitments { get; } = [];
    public List<PlannedMention> Mentions { get; } = [];
}

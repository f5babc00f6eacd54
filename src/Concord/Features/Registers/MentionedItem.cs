using Concord.Data.Register;
using Concord.Features.Commitments;

namespace Concord.Features.Registers;

/// <summary>An item that names a mechanism, initiative or agency: where it is, the sentence of each mention with the
/// name marked (one per language version that names it), and the item's commitments.</summary>
public sealed record MentionedItem(int ItemId, string StatementKey, string StatementTitle, string ItemPath,
    IReadOnlyList<SourceText> Contexts, IReadOnlyList<MentionedItem.CommitmentLink> Commitments)
{
    public sealed record CommitmentLink(int Id, string Text, CommitmentStatus Status);
}

using Concord.Text.Alignment;
using Concord.Text.Extraction;

namespace Concord.Data.Ingest;

/// <summary>What another version says for an item: the one or two items the aligner paired with it, and the
/// sentence pairs between them.</summary>
internal sealed record Counterpart(int Version, ExtractedDocument Document, IReadOnlyList<ExtractedItem> Items, IReadOnlyList<SentencePair> Sentences)
{
    public bool OneToOne => Items.Count == 1;
}

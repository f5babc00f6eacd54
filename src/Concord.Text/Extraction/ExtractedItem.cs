using Concord.Text.Clauses;
using Concord.Text.Dates;
using Concord.Text.Entities;
using Concord.Text.Outline;
using Concord.Text.Quantities;

namespace Concord.Text.Extraction;

/// <param name="Text">The item's text as a reader sees it (see <see cref="OutlineItem.TextOf"/>).</param>
public sealed record ExtractedItem(
    OutlineItem Outline,
    string Text,
    IReadOnlyList<Clause> Clauses,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<Entity> Entities)
{
    public string Path => Outline.Path;
    public ItemKind Kind => Outline.Kind;
}

using Concord.Text.Alignment;
using Concord.Text.Dates;
using Concord.Text.Quantities;

namespace Concord.Text.Checking;

/// <summary>One sentence of a statement version as the index holds it.</summary>
/// <param name="Item">Index into <see cref="StatementIndex.Items"/>.</param>
internal sealed record IndexedSentence(
    int Index,
    int Version,
    int Item,
    TextSpan Span,
    AnchorOccurrence[] Occurrences,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<DateMention> Dates);

using Concord.Text.Dates;
using Concord.Text.Entities;
using Concord.Text.Quantities;

namespace Concord.Text.Checking;

/// <summary>A sentence or clause of the article that says something checkable, with what the recognizers found in it.</summary>
internal sealed record Claim(
    TextSpan Span,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<Entity> Entities,
    bool Commitment);

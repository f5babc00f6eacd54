namespace Concord.Text.Quantities;

/// <summary>A measured amount found in the text: "approximately US$20 billion" =>
/// Value 20000000000, Unit "USD", Comparator Approx, Approximate true.</summary>
/// <param name="Text">The source text of the whole mention, comparator words included.</param>
/// <param name="Unit">Normalised: currency codes ("USD", "JPY", "VND"), "%", or the counted noun as
/// written ("semiconductor specialists", "chuyên gia"); null when the number stands alone.</param>
/// <param name="Per">The period of a rate: "year", "month", "day"; null when not a rate.</param>
public sealed record Quantity(
    string Text,
    TextSpan Span,
    decimal Value,
    string? Unit,
    bool Approximate,
    Comparator Comparator,
    string? Per);

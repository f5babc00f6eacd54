namespace Concord.Text.Clauses;

/// <param name="Actors">Who speaks or owes: "both" for the two leaders or sides, a party's name
/// ("Japan", "Việt Nam"), or a named body ("Japanese Government", "Bộ Quốc phòng"). Empty when unknown.</param>
public sealed record Clause(string Text, TextSpan Span, Modality Modality, IReadOnlyList<string> Actors);

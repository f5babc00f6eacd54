namespace Concord.Text.Tests.Specs;

/// <summary>An <c>~~~ against lang=en date=2026-03-12</c> block: a statement version that the example's input is
/// checked against. Several blocks make several versions, in order.</summary>
public sealed record SpecStatement(string Text, Language Language, DateOnly? Date);

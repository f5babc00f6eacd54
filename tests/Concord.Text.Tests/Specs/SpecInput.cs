namespace Concord.Text.Tests.Specs;

/// <summary>The input block of a spec example: its text (normalised) and the options on its fence line.</summary>
public sealed record SpecInput(string Text, Language Language, DateOnly? Date);

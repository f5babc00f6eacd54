namespace Concord.Text.Tests.Specs;

/// <summary>The input block of a spec example: its text (normalised) and the options on its fence line.</summary>
public sealed record SpecInput(string Text, Language Language, DateOnly? Date)
{
    /// <summary>The statement's parties as a caller gives them (<c>parties=Veloria,Estrand</c>); null when the
    /// stage should find them in the text.</summary>
    public string? Parties { get; init; }

    /// <summary>The statement versions of the example's <c>~~~ against</c> blocks; empty when it has none.</summary>
    public IReadOnlyList<SpecStatement> Against { get; init; } = [];
}

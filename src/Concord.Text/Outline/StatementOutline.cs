namespace Concord.Text.Outline;

/// <summary>What the outline parser read from a normalised text.</summary>
/// <param name="Text">The normalised text every span refers to.</param>
/// <param name="Title">The statement's or article's title when one was found.</param>
/// <param name="Items">Items in document order; a section precedes its items.</param>
public sealed record StatementOutline(
    string Text,
    Language Language,
    string? Title,
    IReadOnlyList<OutlineItem> Items,
    IReadOnlyList<Noise> Noise,
    IReadOnlyList<Diagnostic> Diagnostics);

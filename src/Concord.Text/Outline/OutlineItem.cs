namespace Concord.Text.Outline;

/// <summary>One node of a statement's outline.</summary>
/// <param name="Path">"4" for point 4, "4.2" for its item (2), "A1" for the first annex, "A1.9" for its
/// entry 9, "P1" for the first unnumbered paragraph outside the numbering.</param>
/// <param name="Label">The numbering as typed in the source: "4.", "(2)", "a)", "II."; empty when none.</param>
/// <param name="Heading">The heading of a section or annex, without its number; null for other kinds.</param>
/// <param name="Paragraphs">The source spans of the item's own paragraphs, continuation paragraphs
/// included and noise excluded, in order. The first starts after the label.</param>
/// <param name="Span">From the first character of the label to the end of the last paragraph.</param>
public sealed record OutlineItem(
    string Path,
    ItemKind Kind,
    string Label,
    string? Heading,
    IReadOnlyList<TextSpan> Paragraphs,
    TextSpan Span)
{
    /// <summary>
    /// The item's text as a reader sees it: its paragraphs joined by a blank line, hard-wrapped lines
    /// joined by a space.
    /// </summary>
    public string TextOf(string source) =>
        string.Join("\n\n", Paragraphs.Select(p => p.Of(source).Replace('\n', ' ')));

    /// <summary>The path of the parent: "4" for "4.2", "A1" for "A1.9", null at the top level.</summary>
    public string? ParentPath => Path.LastIndexOf('.') is var dot and > 0 ? Path[..dot] : null;
}

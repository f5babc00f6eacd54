namespace Concord.Text.Outline;

public enum ItemKind
{
    /// <summary>A numbered heading that groups items: "3. On political - security cooperation".</summary>
    Section,
    /// <summary>A numbered point or sub-point with its own text: "(2) The two Prime Ministers ...".</summary>
    Item,
    /// <summary>An unnumbered paragraph outside any numbered item (a preamble, or a document with no numbering).</summary>
    Paragraph,
    /// <summary>An unnumbered heading followed by a numbered list, such as a list of pilot projects.</summary>
    Annex,
    /// <summary>One entry of an annex's list.</summary>
    AnnexEntry,
}

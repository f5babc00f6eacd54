using Concord.Text.Extraction;

namespace Concord.Text.Alignment;

/// <summary>What the aligner knows of one item: where it sits, how long it is, what it mentions.</summary>
internal sealed class ItemProfile
{
    public required ExtractedItem Item { get; init; }

    public required int Index { get; init; }

    /// <summary>0 for the first item of its document, 1 for the last.</summary>
    public required double Position { get; init; }

    /// <summary>In English-equivalent characters (see <see cref="AnchorIndex.LengthFactor"/>).</summary>
    public required double Length { get; init; }

    /// <summary>The item's paragraphs, clipped to the text; empty spans dropped.</summary>
    public required TextSpan[] Paragraphs { get; init; }

    /// <summary>Every anchor of the item, by position, whether or not the other document shares it.</summary>
    public required AnchorOccurrence[] Occurrences { get; init; }

    /// <summary>The anchors the other document shares, for scoring.</summary>
    public AnchorSet Anchors { get; set; } = AnchorSet.Empty;

    public string Path => Item.Path;

    /// <summary>Numbered in the source ("4.7", "A1.3"); "P3" is only a position among unnumbered paragraphs.</summary>
    public bool Numbered => !IsParagraphPath(Item.Path);

    static bool IsParagraphPath(string path)
    {
        if (path.Length < 2 || path[0] != 'P') return false;
        for (int i = 1; i < path.Length; i++)
            if (!char.IsAsciiDigit(path[i])) return false;
        return true;
    }
}

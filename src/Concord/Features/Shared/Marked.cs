using Concord.Data.Search;

namespace Concord.Features.Shared;

/// <summary>A text cut into the stretches to mark and those between, for a view to encode and wrap in &lt;mark&gt;.</summary>
public static class Marked
{
    public readonly record struct Piece(string Text, bool IsMarked);

    public static IReadOnlyList<Piece> Pieces(string text, IReadOnlyList<SearchRange> ranges)
    {
        var pieces = new List<Piece>(ranges.Count * 2 + 1);
        int at = 0;
        foreach (var range in ranges)
        {
            // Ranges come sorted and inside the text; anything else is skipped rather than trusted.
            if (range.Start < at || range.End > text.Length || range.Length <= 0) continue;
            if (range.Start > at) pieces.Add(new Piece(text[at..range.Start], false));
            pieces.Add(new Piece(text[range.Start..range.End], true));
            at = range.End;
        }
        if (at < text.Length) pieces.Add(new Piece(text[at..], false));
        return pieces;
    }
}

using Concord.Text;

namespace Concord.Features.Articles;

/// <summary>A stretch of text cut where marked spans start and end, for a page that wraps the marked pieces.</summary>
/// <param name="Mark">Index of the span this piece belongs to; -1 for unmarked text.</param>
public readonly record struct Marked(string Text, int Mark)
{
    /// <summary>The pieces of <paramref name="range"/> in order. Spans outside it are ignored, and a span that
    /// overlaps one already taken is left unmarked rather than cutting it.</summary>
    public static IReadOnlyList<Marked> Cut(string text, TextSpan range, IReadOnlyList<TextSpan> spans)
    {
        var order = Enumerable.Range(0, spans.Count).Where(i => range.Contains(spans[i]) && spans[i].Length > 0)
            .OrderBy(i => spans[i].Start).ThenByDescending(i => spans[i].Length).ToList();
        var pieces = new List<Marked>();
        int at = range.Start;
        foreach (int i in order)
        {
            var span = spans[i];
            if (span.Start < at) continue;
            if (span.Start > at) pieces.Add(new Marked(text[at..span.Start], -1));
            pieces.Add(new Marked(span.Of(text), i));
            at = span.End;
        }
        if (at < range.End) pieces.Add(new Marked(text[at..range.End], -1));
        return pieces;
    }
}

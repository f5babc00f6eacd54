using Concord.Text;
using Concord.Text.Alignment;
using Concord.Text.Extraction;

namespace Concord.Formats;

/// <summary>The two versions side by side, item by item, with what disagrees under each pair.</summary>
public static class AlignText
{
    const int Column = 44;

    public static void Write(TextWriter o, ExtractedDocument left, ExtractedDocument right, AlignmentResult result)
    {
        o.WriteLine($"{left.Source} ({left.Language.Code()}) ↔ {right.Source} ({right.Language.Code()}): " +
                    $"{result.Pairs.Count} pairs, {result.UnmatchedLeft.Count} unmatched on the left, {result.UnmatchedRight.Count} on the right");
        o.WriteLine();
        o.WriteLine($"{"left",-7}{"right",-7}{"score",-6} {Clip.Pad(left.Language.Code(), Column)} │ {right.Language.Code()}");
        foreach (var pair in result.Pairs)
        {
            o.WriteLine($"{pair.Left,-7}{pair.Right,-7}{pair.Score,-6:0.00} {Clip.Pad(TextOf(left, pair.Left), Column)} │ {Clip.To(TextOf(right, pair.Right), Column)}");
            foreach (var issue in pair.Issues)
                o.WriteLine($"{"",20} ! {issue.Kind}: {issue.Detail}");
        }
        Unmatched(o, "Only in " + left.Source, left, result.UnmatchedLeft);
        Unmatched(o, "Only in " + right.Source, right, result.UnmatchedRight);
    }

    static void Unmatched(TextWriter o, string heading, ExtractedDocument doc, IReadOnlyList<string> paths)
    {
        if (paths.Count == 0) return;
        o.WriteLine();
        o.WriteLine(heading + ":");
        foreach (var path in paths)
            o.WriteLine($"  {path,-7}{Clip.To(TextOf(doc, path), 90)}");
    }

    static string TextOf(ExtractedDocument doc, string path) =>
        doc.Find(path) is { } item ? item.Outline.Heading ?? item.Text : "";
}

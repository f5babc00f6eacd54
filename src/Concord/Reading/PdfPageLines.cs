using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Concord.Reading;

/// <summary>The lines of a page in reading order: letters into words (nearest neighbour), words into
/// lines and blocks (Docstrum), blocks ordered as a reader goes (columns before rows).</summary>
internal static class PdfPageLines
{
    public static List<PdfLine> Of(Page page)
    {
        var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .ToList();
        var lines = new List<PdfLine>();
        if (words.Count == 0) return lines;
        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        var ordered = UnsupervisedReadingOrderDetector.Instance.Get(blocks).OrderBy(b => b.ReadingOrder).ToList();
        for (int b = 0; b < ordered.Count; b++)
        {
            foreach (var line in ordered[b].TextLines.OrderByDescending(l => l.BoundingBox.Bottom).ThenBy(l => l.BoundingBox.Left))
            {
                var box = line.BoundingBox;
                lines.Add(new PdfLine(LineText(line), box.Left, box.Right, box.Top, box.Bottom, Size(line), b));
            }
        }
        return lines;
    }

    static string LineText(TextLine line) =>
        string.Join(" ", line.Words.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)).Trim();

    static double Size(TextLine line)
    {
        var sizes = line.Words.SelectMany(w => w.Letters).Select(l => l.PointSize).Where(s => s > 0).Order().ToList();
        return sizes.Count > 0 ? sizes[sizes.Count / 2] : line.BoundingBox.Height;
    }
}

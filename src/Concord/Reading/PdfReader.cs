using Concord.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Concord.Reading;

/// <summary>
/// A PDF's text layer in reading order, as paragraphs, without the running headers, footers and page
/// numbers. A PDF without text (scanned) or locked by a password is refused: there is nothing to read.
/// </summary>
internal static class PdfReader
{
    public static ReadResult Read(byte[] bytes, string name)
    {
        var diagnostics = new List<Diagnostic>();
        var pages = new List<List<PdfLine>>();
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            foreach (var page in document.GetPages()) pages.Add(PdfPageLines.Of(page));
        }
        catch (PdfDocumentEncryptedException)
        {
            return ReadResult.Refused($"{name}: the PDF is encrypted with a password; open it and save an unprotected copy");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ReadResult.Refused($"{name}: the PDF cannot be read: {ReadResult.OneLine(e.Message)}");
        }
        if (pages.Count == 0) return ReadResult.Refused($"{name}: the PDF has no pages");
        var empty = Enumerable.Range(1, pages.Count).Where(n => !pages[n - 1].Any(l => l.Text.Any(char.IsLetterOrDigit))).ToList();
        if (empty.Count == pages.Count)
            return ReadResult.Refused($"{name}: the PDF has no text layer (it looks scanned); run it through OCR first");
        if (empty.Count > 0)
            diagnostics.Add(new Diagnostic("pdf-pages-without-text", $"no text on page{(empty.Count > 1 ? "s" : "")} {string.Join(", ", empty)} (scanned?); they were skipped"));
        PdfRunningText.Remove(pages, diagnostics);
        var paragraphs = PdfParagraphs.Build(pages);
        var joiner = new LineJoiner(paragraphs);
        var text = Paragraphs.Join(paragraphs.Select(joiner.Join));
        // Every page the same few lines: all of it looked like a running header, and nothing is left to read.
        if (string.IsNullOrWhiteSpace(text))
            return ReadResult.Refused($"{name}: the PDF has no text besides what repeats on every page as a header or footer");
        return new ReadResult(text, ReadFormat.Pdf, "unicode", diagnostics);
    }
}

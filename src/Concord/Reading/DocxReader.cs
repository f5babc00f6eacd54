using System.Text;
using Concord.Data.Exchange;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Concord.Reading;

/// <summary>
/// A Word document's body: paragraphs in order, each table cell's paragraphs in turn, automatic
/// numbers typed in front of their paragraphs. Headers, footers, footnotes and comments live in other
/// parts and are never read; deleted revisions and text boxes are left out.
/// </summary>
internal static class DocxReader
{
    // A real statement's document.xml is a few megabytes; a ZIP that inflates far past that is a bomb.
    static readonly OpenSettings Settings = new() { MaxCharactersInPart = 64L * 1024 * 1024 };

    public static ReadResult Read(byte[] bytes, string name)
    {
        var paragraphs = new List<string>();
        try
        {
            if (ZipBudget.Docx.Check(bytes, "DOCX") is { } refused) return ReadResult.Refused($"{name}: {refused}");
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false, Settings);
            var part = document.MainDocumentPart ?? throw new InvalidDataException("it has no main document part");
            var body = part.Document?.Body ?? throw new InvalidDataException("it has no body");
            var numbering = new DocxNumbering(part);
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                if (IsInsideLeftOut(paragraph)) continue;
                var label = numbering.Next(paragraph);
                var text = TextOf(paragraph).Trim();
                if (text.Length == 0) continue;
                paragraphs.Add(label is null || TypedNumber.StartsWithOne(text) ? text : label + text);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ReadResult.Refused($"{name}: the DOCX cannot be read: {ReadResult.OneLine(e.Message)}");
        }
        if (paragraphs.Count == 0) return ReadResult.Refused($"{name}: the DOCX has no text");
        return new ReadResult(Paragraphs.Join(paragraphs), ReadFormat.Docx, "unicode", []);
    }

    /// <summary>Paragraphs of text boxes and deleted revisions are not part of the body's text.</summary>
    static bool IsInsideLeftOut(Paragraph paragraph)
    {
        for (var e = paragraph.Parent; e is not null and not Body; e = e.Parent)
            if (e is TextBoxContent or DeletedRun or Deleted or MoveFromRun) return true;
        return false;
    }

    static string TextOf(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        Append(paragraph, sb);
        return sb.ToString();
    }

    static void Append(OpenXmlElement element, StringBuilder sb)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t: sb.Append(t.Text); break;
                case TabChar or PositionalTab: sb.Append(' '); break;
                case Break or CarriageReturn: sb.Append('\n'); break;
                case NoBreakHyphen: sb.Append('-'); break;
                case SymbolChar or SoftHyphen: break;
                case ParagraphProperties or RunProperties or DeletedRun or Deleted or MoveFromRun or FieldCode or Drawing or Picture
                    or AlternateContent or FootnoteReference or EndnoteReference or CommentReference: break;
                case Paragraph: break;
                default: Append(child, sb); break;
            }
        }
    }
}

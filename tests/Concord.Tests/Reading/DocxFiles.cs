using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Concord.Tests.Reading;

/// <summary>Builds Word documents with OpenXml: a body, numbering definitions, styles, a header and a footer.</summary>
public static class DocxFiles
{
    public static Paragraph P(string text, int? numId = null, int level = 0, string? style = null)
    {
        var properties = new ParagraphProperties();
        if (style is not null) properties.Append(new ParagraphStyleId { Val = style });
        if (numId is { } id)
            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = id }));
        return new Paragraph(properties, new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    public static Paragraph P(params OpenXmlElement[] children) => new(children);

    public static Run R(string text) => new(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Level Level(int index, NumberFormatValues format, string text, int start = 1) => new(
        new StartNumberingValue { Val = start },
        new NumberingFormat { Val = format },
        new LevelText { Val = text })
    { LevelIndex = index };

    public static AbstractNum Abstract(int id, params Level[] levels)
    {
        var a = new AbstractNum { AbstractNumberId = id };
        a.Append(levels);
        return a;
    }

    public static NumberingInstance Num(int id, int abstractId, int? restartAt = null)
    {
        var num = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = id };
        if (restartAt is { } start)
            num.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 });
        return num;
    }

    public static byte[] Build(IEnumerable<OpenXmlElement> body, Numbering? numbering = null, Styles? styles = null,
        string? header = null, string? footer = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var section = new SectionProperties();
            if (header is not null)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header(P(header));
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }
            if (footer is not null)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new Footer(P(footer));
                section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }
            if (numbering is not null) main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            if (styles is not null) main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
            main.Document = new Document(new Body([.. body, section]));
        }
        return stream.ToArray();
    }
}

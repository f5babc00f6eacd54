using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Concord.Tests.Reading;

/// <summary>Builds PDFs line by line, as a word processor lays out a statement: 11-point text on 14-point
/// lines, paragraphs apart by a gap or an indent, a running header and a page number on every page.</summary>
public sealed class PdfPages
{
    const double Left = 72, Top = 760, Size = 11, Leading = 14;

    readonly PdfDocumentBuilder builder = new();
    readonly PdfDocumentBuilder.AddedFont font;
    PdfPageBuilder? page;
    double y;
    int pages;

    public string? Header { get; init; }

    /// <summary>"{0}" becomes the page number.</summary>
    public string? Footer { get; init; }

    public PdfPages() => font = builder.AddStandard14Font(Standard14Font.Helvetica);

    public PdfPages NewPage()
    {
        page = builder.AddPage(PageSize.A4);
        pages++;
        y = Top;
        if (Header is not null) page.AddText(Header, 9, new PdfPoint(Left, 800), font);
        if (Footer is not null) page.AddText(string.Format(System.Globalization.CultureInfo.InvariantCulture, Footer, pages), 9, new PdfPoint(290, 40), font);
        return this;
    }

    public PdfPages Line(string text, double indent = 0)
    {
        if (page is null) NewPage();
        page!.AddText(text, Size, new PdfPoint(Left + indent, y), font);
        y -= Leading;
        return this;
    }

    /// <summary>Several lines, the first indented by <paramref name="indent"/>.</summary>
    public PdfPages Lines(double indent, params string[] lines)
    {
        for (int i = 0; i < lines.Length; i++) Line(lines[i], i == 0 ? indent : 0);
        return this;
    }

    /// <summary>Text at a place of the page, outside the line flow (a second column, say).</summary>
    public PdfPages At(double x, double top, string text)
    {
        if (page is null) NewPage();
        page!.AddText(text, Size, new PdfPoint(x, top), font);
        return this;
    }

    public PdfPages Gap()
    {
        y -= Leading;
        return this;
    }

    public PdfPages Rectangle()
    {
        if (page is null) NewPage();
        page!.DrawRectangle(new PdfPoint(100, 300), 300, 200, 1, fill: true);
        return this;
    }

    public byte[] Build() => builder.Build();
}

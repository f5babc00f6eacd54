using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Concord.Text;
using Concord.Text.Normalization;
using SmartReader;

namespace Concord.Reading;

/// <summary>
/// An HTML page's article: SmartReader picks the content out of the navigation, teasers and footers;
/// a page where it finds none (a short page, a bare statement) is read whole. The page is parsed from
/// the file only: AngleSharp is given no loader and SmartReader a handler that refuses any request.
/// </summary>
internal static class HtmlReader
{
    const string BaseUri = "https://localhost/";
    const int MaxElements = 30_000;

    static HtmlReader() => Reader.SetBaseHttpClientHandler(NoNetworkHandler.Instance);

    public static ReadResult Read(byte[] bytes, DecodedText detected, string name)
    {
        var diagnostics = new List<Diagnostic>(detected.Diagnostics);
        var decoded = HtmlCharset.Decode(bytes, detected, diagnostics);
        if (decoded.Error is not null) return ReadResult.Refused($"{name}: {ReadResult.OneLine(decoded.Error)}");
        if (HtmlNesting.Depth(decoded.Text) > HtmlNesting.Limit)
            return ReadResult.Refused($"{name}: the HTML page nests its elements more than {HtmlNesting.Limit} deep, past what a browser keeps; it cannot be read");
        List<string> paragraphs;
        string? title;
        try
        {
            (paragraphs, title) = Article(decoded.Text) ?? Whole(decoded.Text, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ReadResult.Refused($"{name}: the HTML page cannot be read: {ReadResult.OneLine(e.Message)}");
        }
        if (paragraphs.Count == 0) return ReadResult.Refused($"{name}: the HTML page has no text");
        if (title is { Length: > 0 } && !SameText(title, paragraphs[0])) paragraphs.Insert(0, title);
        return new ReadResult(Paragraphs.Join(paragraphs), ReadFormat.Html, decoded.Encoding, diagnostics);
    }

    static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The article SmartReader finds, or null when it finds none worth the name.</summary>
    static (List<string>, string?)? Article(string html)
    {
        try
        {
            return FindArticle(html);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // SmartReader failing on a page is no reason to refuse it: the whole page is still there to read.
            return null;
        }
    }

    static (List<string>, string?)? FindArticle(string html)
    {
        IElement? content = null;
        var document = Parse(html);
        var heading = document.QuerySelector("h1")?.TextContent is { } h ? Paragraphs.CollapseSpaces(h) : null;
        // SmartReader slows down on huge pages; past this many elements it gives up and the page is read whole.
        var reader = new Reader(BaseUri, document) { MaxElemsToParse = MaxElements };
        reader.AddCustomOperationEnd(e => content = e);
        var article = reader.GetArticle();
        if (content is null || !article.Completed) return null;
        var paragraphs = HtmlText.Paragraphs(content, dropPageHeaders: false);
        int length = paragraphs.Sum(p => p.Length);
        // Readability wants an article of some length; below it, what it kept may be a fragment of a short page.
        if (length < 200 || paragraphs.Count < 2) return null;
        return (paragraphs, Title(Clean(article.Title), heading));
    }

    /// <summary>SmartReader cuts a title at a dash, taking "Aland - Borea Joint Statement" for a site name
    /// and a page title; the page's own heading, when it holds the cut title, is the whole one.</summary>
    static string? Title(string? title, string? heading) =>
        heading is { Length: > 0 } && (title is null || heading.Contains(title, StringComparison.OrdinalIgnoreCase)) ? heading : title;

    /// <summary>The body's blocks, without navigation, banners, footers, asides and forms.</summary>
    static (List<string>, string?) Whole(string html, List<Diagnostic> diagnostics)
    {
        var document = Parse(html);
        var root = (INode?)document.Body ?? document;
        var paragraphs = HtmlText.Paragraphs(root, dropPageHeaders: true);
        if (paragraphs.Count > 0)
            diagnostics.Add(new Diagnostic("html-whole-page", "no article found in the page; its whole text was read (without navigation and footers)"));
        return (paragraphs, Clean(document.Title));
    }

    static string? Clean(string? title) => title is null ? null : Paragraphs.CollapseSpaces(title);

    static bool SameText(string a, string b) =>
        string.Equals(Paragraphs.CollapseSpaces(a), Paragraphs.CollapseSpaces(b), StringComparison.OrdinalIgnoreCase);
}

using System.Net;
using AngleSharp.Html.Dom;

namespace Concord.Tests.Pages;

/// <summary>A page as the test server answered it: the status, where it redirects, the parsed document.</summary>
public sealed record PageResponse(HttpStatusCode Status, string? Location, string Html, IHtmlDocument Document, HttpResponseMessage Message)
{
    /// <summary>The text of the main landmark, spaces collapsed.</summary>
    public string Main => Collapse(Document.QuerySelector("main")?.TextContent ?? "");

    public string Title => Document.Title ?? "";

    public IHtmlFormElement Form(string selector) =>
        Document.QuerySelector(selector) as IHtmlFormElement ?? throw new Xunit.Sdk.XunitException($"No form '{selector}' on the page:\n{Main}");

    static string Collapse(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}

using System.Text.Json;
using Concord.Tests.Commands;

namespace Concord.Tests.Reading;

/// <summary>The reader behind <c>concord extract</c>: what reaches the output is the statement, not the page around it.</summary>
public sealed class ReadingCliTests
{
    [Fact]
    public void Extract_OnAnHtmlArticlePage_ShowsTheStatementsPoints_NotTheNavigationOrTeasers()
    {
        using var file = TempFile.With("statement.html", HtmlPages.ArticlePage());

        var run = CliRun.Of("extract", file.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("The two Prime Ministers agreed to set up a joint working group", run.Output, StringComparison.Ordinal);
        Assert.Contains("Both sides welcomed the opening of the Lumen vocational", run.Output, StringComparison.Ordinal);
        foreach (var chrome in new[] { "Log in", "Related news", "Fishing fleet", "All rights reserved" })
            Assert.DoesNotContain(chrome, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtractJson_OnAnHtmlArticlePage_SaysHtmlAndCarriesTheWholePoint()
    {
        using var file = TempFile.With("statement.html", HtmlPages.ArticlePage());

        var run = CliRun.Of("extract", file.Path, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("html", json.RootElement.GetProperty("format").GetString());
        var texts = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()).ToList();
        Assert.Contains(texts, t => t!.Contains("raising the number of direct flights between the two capitals to 40 per week", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t!.Contains("ferry timetable", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_OnADocxWithAutomaticNumbering_ShowsItsNumberedPoints_NotItsHeaderOrFooter()
    {
        using var file = TempFile.With("statement.docx", DocxReaderTests.Statement());

        var run = CliRun.Of("extract", file.Path, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("docx", root.GetProperty("format").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("path").GetString()!, i => i.GetProperty("text").GetString()!);
        Assert.Contains("exchange liaison officers between their coast guards", items["1.2"], StringComparison.Ordinal);
        Assert.Contains("double container traffic on the route by 2029", items["2.2"], StringComparison.Ordinal);
        Assert.DoesNotContain(items.Values, t => t.Contains("DRAFT FOR CONSULTATION", StringComparison.Ordinal) || t.Contains("registry office", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_OnACorruptPdf_FailsWithOneLine()
    {
        using var file = TempFile.With("broken.pdf", "%PDF-1.4\nnot really a PDF\n");

        var run = CliRun.Of("extract", file.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("concord: broken.pdf: the PDF cannot be read: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }
}

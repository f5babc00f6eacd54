using System.Text.Json;

namespace Concord.Tests.Commands;

public sealed class AlignCommandTests
{
    [Fact]
    public void Json_PairsTheTwoStatementsAndListsTheProjectsOnlyInEnglish()
    {
        var run = CliRun.Of("align", Corpus.Path(Corpus.StatementEn), Corpus.Path(Corpus.StatementVi), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("concord.align/1", root.GetProperty("schema").GetString());
        Assert.Equal("en", root.GetProperty("left").GetProperty("language").GetString());
        Assert.Equal("vi", root.GetProperty("right").GetProperty("language").GetString());
        var pairs = root.GetProperty("pairs").EnumerateArray().Select(p => (p.GetProperty("left").GetString(), p.GetProperty("right").GetString())).ToList();
        Assert.Contains(("4.15", "4.15"), pairs);
        var unmatched = root.GetProperty("unmatchedLeft").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("A1.1", unmatched);
        Assert.Contains("A1.14", unmatched);
        Assert.DoesNotContain(root.GetProperty("unmatchedRight").EnumerateArray(), e => e.GetString()!.StartsWith('4'));
    }

    [Fact]
    public void Text_ShowsBothLanguagesSideBySide()
    {
        var run = CliRun.Of("align", Corpus.Path(Corpus.StatementEn), Corpus.Path(Corpus.StatementVi));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("│", run.Output, StringComparison.Ordinal);
        Assert.Contains("Hai Thủ tướng", run.Output, StringComparison.Ordinal);
        Assert.Contains("The two Prime Ministers", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRightFile_ExitsWithOneAndNamesIt()
    {
        var run = CliRun.Of("align", Corpus.Path(Corpus.StatementEn), "/nonexistent/vi.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/nonexistent/vi.txt", run.Error, StringComparison.Ordinal);
    }
}

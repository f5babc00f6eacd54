namespace Concord.Tests.Commands;

public sealed class CliUsageTests
{
    [Fact]
    public void Extract_MissingFile_SaysSoInOneLineAndExitsWithOne()
    {
        var run = CliRun.Of("extract", "/nonexistent/statement.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("not found", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--date", "28/4/2025", "--date must be a date like 2025-04-28")]
    [InlineData("--lang", "fr", "--lang must be en, vi or ja")]
    [InlineData("--max-size", "-1", "--max-size must be between")]
    public void Extract_InvalidOption_ExitsWithTwoAndExplains(string option, string value, string message)
    {
        var run = CliRun.Of("extract", "any.txt", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownVerb_ExitsWithTwo()
    {
        var run = CliRun.Of("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("frobnicate", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Align_NeedsTwoFiles()
    {
        var run = CliRun.Of("align", "only-one.txt");

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Help_ListsTheVerbs()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("extract", run.Output, StringComparison.Ordinal);
        Assert.Contains("align", run.Output, StringComparison.Ordinal);
    }
}

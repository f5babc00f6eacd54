using Concord.Commands;
using System.Text.Json;

namespace Concord.Tests.Commands;

public sealed class CheckCommandTests
{
    [Fact]
    public void Json_PrintsTheArticleItsClaimsWithVerdictsAndTheSummary()
    {
        var run = CliRun.Of("check", Corpus.Path(Corpus.HanoiTimes),
            "--against", Corpus.Path(Corpus.StatementEn), Corpus.Path(Corpus.StatementVi), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("concord.check/1", root.GetProperty("schema").GetString());
        var article = root.GetProperty("article");
        Assert.Equal(Corpus.HanoiTimes, article.GetProperty("source").GetString());
        Assert.Equal("en", article.GetProperty("language").GetString());
        Assert.StartsWith("Vietnam, Japan sign four", article.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(["en", "vi"], root.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("language").GetString()));
        var claims = root.GetProperty("claims").EnumerateArray().ToList();
        var travellers = claims.Single(c => c.GetProperty("text").GetString()!.Contains("between the two countries has reached", StringComparison.Ordinal));
        Assert.Equal("contradicted", travellers.GetProperty("verdict").GetString());
        var difference = travellers.GetProperty("differences").EnumerateArray().Single();
        Assert.Equal("scope", difference.GetProperty("kind").GetString());
        Assert.Equal("5.1", difference.GetProperty("path").GetString());
        var link = travellers.GetProperty("links")[0];
        Assert.Equal("5.1", link.GetProperty("path").GetString());
        Assert.Equal(2, link.GetProperty("span").GetArrayLength());
        Assert.Contains(claims, c => c.GetProperty("verdict").GetString() == "not-in-statement");
        var summary = root.GetProperty("summary");
        Assert.Equal(claims.Count, summary.GetProperty("counts").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal(claims.IndexOf(travellers), summary.GetProperty("readFirst")[0].GetInt32());
    }

    [Fact]
    public void Text_ShowsTheSummaryThenEachClaimWithBothSidesOfADifference()
    {
        var run = CliRun.Of("check", Corpus.Path(Corpus.Rewritten), "--against", Corpus.Path(Corpus.StatementEn));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 overstated", run.Output, StringComparison.Ordinal);
        Assert.Contains("Read first:", run.Output, StringComparison.Ordinal);
        Assert.Contains("! hedge: more than vs approximately", run.Output, StringComparison.Ordinal);
        Assert.Contains("4.4: approximately US$20 billion", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlArticle_IsReadWithoutItsNavigationAndCheckedAgainstTheSample()
    {
        var statement = Path.Combine(DemoSamples.Find() ?? throw new DirectoryNotFoundException("samples/ not found"), "statement.en.txt");
        var path = Path.Combine(Path.GetTempPath(), $"concord-check-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, """
            <!doctype html><html><head><meta charset="utf-8"><title>Green deal | Castellara Daily</title></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport: 3,000 runners</a></nav>
            <article><h1>Aurelia and Norvania seal green deal</h1>
            <p>Aurelia and Norvania agreed to back green transition projects worth more than US$12 billion, the two prime ministers said.</p>
            <p>The leaders want 1 million visitors a year by 2030.</p></article>
            <footer>Copyright 2026 Castellara Daily. 12,000 readers a day.</footer></body></html>
            """);
        try
        {
            var run = CliRun.Of("check", path, "--against", statement, "--date", "2026-03-13", "--json");

            Assert.Equal(0, run.ExitCode);
            using var json = JsonDocument.Parse(run.Output);
            var claims = json.RootElement.GetProperty("claims").EnumerateArray().ToList();
            Assert.DoesNotContain(claims, c => c.GetProperty("text").GetString()!.Contains("runners", StringComparison.Ordinal));
            Assert.DoesNotContain(claims, c => c.GetProperty("text").GetString()!.Contains("readers", StringComparison.Ordinal));
            var deal = claims.Single(c => c.GetProperty("text").GetString()!.Contains("US$12 billion", StringComparison.Ordinal));
            Assert.Equal("overstated", deal.GetProperty("verdict").GetString());
            Assert.Equal("2026-03-13", json.RootElement.GetProperty("article").GetProperty("date").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingArticle_ExitsWithOneAndNamesIt()
    {
        var run = CliRun.Of("check", "/nonexistent/article.html", "--against", Corpus.Path(Corpus.StatementEn));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/nonexistent/article.html", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void BinaryStatement_ExitsWithOneAndSaysWhy()
    {
        var path = Path.Combine(Path.GetTempPath(), $"concord-check-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, [0, 1, 2, 3, 0xFF, 0xFE, 0, 0, 7, 8, 0, 0]);
        try
        {
            var run = CliRun.Of("check", Corpus.Path(Corpus.HanoiTimes), "--against", path);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains(Path.GetFileName(path), run.Error, StringComparison.Ordinal);
            Assert.Empty(run.Output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void BlankArticle_ExitsWithOneAndSaysItIsOnlyWhiteSpace()
    {
        var path = Path.Combine(Path.GetTempPath(), $"concord-check-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "  \n");
        try
        {
            var run = CliRun.Of("check", path, "--against", Corpus.Path(Corpus.StatementEn));

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("only white space", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WithoutAgainst_IsAUsageError()
    {
        var run = CliRun.Of("check", Corpus.Path(Corpus.HanoiTimes));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--against", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BadDate_IsAUsageError()
    {
        var run = CliRun.Of("check", Corpus.Path(Corpus.HanoiTimes), "--against", Corpus.Path(Corpus.StatementEn), "--date", "28/4/2025");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--date", run.Error, StringComparison.Ordinal);
    }
}

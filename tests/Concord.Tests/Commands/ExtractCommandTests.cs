using System.Text;
using System.Text.Json;

namespace Concord.Tests.Commands;

public sealed class ExtractCommandTests
{
    [Fact]
    public void Json_OnTheVietnameseStatement_FollowsTheExtractContract()
    {
        var run = CliRun.Of("extract", Corpus.Path(Corpus.StatementVi), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("concord.extract/1", root.GetProperty("schema").GetString());
        Assert.Equal("vi", root.GetProperty("language").GetString());
        Assert.Equal("2025-04-28", root.GetProperty("date").GetString());
        var item = root.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("path").GetString() == "4.7");
        Assert.Equal("item", item.GetProperty("kind").GetString());
        var quantity = item.GetProperty("quantities").EnumerateArray().First(q => q.GetProperty("value").GetDecimal() == 50000m);
        Assert.Equal("eq", quantity.GetProperty("comparator").GetString());
        Assert.Equal("50.000", quantity.GetProperty("text").GetString()![..6]);
    }

    [Fact]
    public void Json_Spans_PointIntoTheNormalisedSourceText()
    {
        var path = Corpus.Path(Corpus.StatementEn);
        var source = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal).Normalize(NormalizationForm.FormC);

        var run = CliRun.Of("extract", path, "--json");

        using var json = JsonDocument.Parse(run.Output);
        foreach (var item in json.RootElement.GetProperty("items").EnumerateArray())
        {
            foreach (var q in item.GetProperty("quantities").EnumerateArray())
            {
                var span = q.GetProperty("span");
                int start = span[0].GetInt32(), end = span[1].GetInt32();
                Assert.Equal(q.GetProperty("text").GetString(), source[start..end]);
            }
        }
    }

    [Fact]
    public void Text_ShowsTheOutlineWithWhatWasFound()
    {
        var run = CliRun.Of("extract", Corpus.Path(Corpus.StatementEn));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("4.7", run.Output, StringComparison.Ordinal);
        Assert.Contains("A1.14", run.Output, StringComparison.Ordinal);
        Assert.Contains("quantity", run.Output, StringComparison.Ordinal);
        Assert.Contains("deadline", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenDate_OverridesTheOneInTheText()
    {
        var run = CliRun.Of("extract", Corpus.Path(Corpus.StatementEn), "--json", "--date", "2026-01-15");

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("2026-01-15", json.RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public void EmptyFile_IsRefusedWithOneLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"concord-empty-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, []);
        try
        {
            var run = CliRun.Of("extract", path);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal("", run.Output);
            Assert.Contains("empty", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using BenchmarkDotNet.Attributes;
using Concord.Text.Checking;
using Concord.Text.Extraction;

namespace Concord.Bench;

/// <summary>Checking a 10,000-word article, the bodies of the three corpus articles repeated, against both language
/// versions of the corpus statement. The statements are extracted once; the article is read, its claims found,
/// linked and judged in every run.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    const int Words = 10_000;

    string article = "";
    ExtractedDocument[] versions = [];

    [GlobalSetup]
    public void GlobalSetup()
    {
        var english = StatementExtractor.Extract(BenchCorpus.Read("vn-jp-2025-joint-statement.en.txt"), new ExtractOptions("en"));
        var vietnamese = StatementExtractor.Extract(BenchCorpus.Read("vn-jp-2025-joint-statement.vi.txt"), new ExtractOptions("vi", null, english.Date));
        versions = [english, vietnamese];
        // The bodies only: what follows an article's end (related news, teasers) would end the repeated article too.
        var bodies = string.Join("\n\n",
            Body("news-vn-jp-2025-hanoitimes.en.txt", "Reactions:"),
            Body("news-vn-jp-2025-rewritten.en.txt", null),
            Body("news-vn-jp-2025-ambassador-interview.en.txt", "./."));
        int perCopy = bodies.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        article = string.Join("\n\n", Enumerable.Repeat(bodies, (Words + perCopy - 1) / perCopy));
        Console.WriteLine($"// article: {article.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length} words, {article.Length} chars");
    }

    [Benchmark]
    public CheckResult CheckAgainstBothVersions() => ClaimChecker.Check(article, versions, new CheckOptions("bench"));

    [Benchmark]
    public CheckResult CheckAgainstEnglish() => ClaimChecker.Check(article, versions[..1], new CheckOptions("bench"));

    static string Body(string name, string? end)
    {
        var text = BenchCorpus.Read(name);
        int at = end is null ? -1 : text.IndexOf(end, StringComparison.Ordinal);
        return at > 0 ? text[..at] : text;
    }
}

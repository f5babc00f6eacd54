using BenchmarkDotNet.Attributes;
using Concord.Data.Ingest;
using Concord.Data.Storage;
using Concord.Text.Extraction;

namespace Concord.Bench;

/// <summary>The corpus statement in English and Vietnamese ingested into a fresh, migrated SQLite register (made
/// before each iteration, outside the measurement): grouping, alignment, planning and the one transaction that
/// writes statement, versions, items, commitments, names and history. <see cref="ExtractAndIngest"/> adds the text
/// core's reading of the two texts, as <c>concord ingest</c> does after reading the files.</summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class IngestBenchmarks
{
    string english = "";
    string vietnamese = "";
    IngestDocument[] documents = [];
    string folder = "";
    RegisterStore store = null!;

    [GlobalSetup]
    public void GlobalSetup()
    {
        english = BenchCorpus.Read("vn-jp-2025-joint-statement.en.txt");
        vietnamese = BenchCorpus.Read("vn-jp-2025-joint-statement.vi.txt");
        documents = [Document(english, "en.txt"), Document(vietnamese, "vi.txt")];
    }

    [IterationSetup]
    public void FreshRegister()
    {
        folder = Path.Combine(Path.GetTempPath(), "concord-bench-" + Guid.NewGuid().ToString("N"));
        store = RegisterStore.Resolve(Path.Combine(folder, "concord.db"));
        store.MigrateAsync().GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void RemoveRegister()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    [Benchmark]
    public Task<IngestReport> Ingest() => IngestAsync(documents);

    [Benchmark]
    public Task<IngestReport> ExtractAndIngest() => IngestAsync([Document(english, "en.txt"), Document(vietnamese, "vi.txt")]);

    async Task<IngestReport> IngestAsync(IngestDocument[] input)
    {
        await using var db = store.Open();
        db.Actor = "bench";
        return await StatementIngest.IngestAsync(db, input);
    }

    static IngestDocument Document(string text, string source) =>
        new(StatementExtractor.Extract(text, new ExtractOptions(source)), "text", "utf-8");
}

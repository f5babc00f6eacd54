using BenchmarkDotNet.Attributes;
using Concord.Data.Search;
using Concord.Data.Storage;
using Npgsql;

namespace Concord.Bench;

/// <summary>Search over a register of 1,000 statements and 50,000 commitments (and 100,000 item texts), on
/// SQLite and, when CONCORD_BENCH_POSTGRES names a server, on PostgreSQL (a new database, dropped after). Each
/// operation is one search as the API runs it: a fresh unit of work, a page of 20 hits with snippets, the total.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    const int Statements = 1000;
    const int ItemsPerStatement = 50;

    string? folder;
    string? database;
    RegisterStore store = null!;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "sqlite";

    public static IEnumerable<string> Providers()
    {
        yield return "sqlite";
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("CONCORD_BENCH_POSTGRES"))) yield return "postgres";
    }

    [GlobalSetup]
    public void GlobalSetup()
    {
        if (Provider == "sqlite")
        {
            folder = Path.Combine(Path.GetTempPath(), "concord-bench-" + Guid.NewGuid().ToString("N"));
            store = RegisterStore.Resolve(Path.Combine(folder, "concord.db"));
        }
        else
        {
            var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("CONCORD_BENCH_POSTGRES"));
            database = "concord_bench_" + Guid.NewGuid().ToString("N");
            using (var connection = new NpgsqlConnection(server.ConnectionString))
            {
                connection.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                create.ExecuteNonQuery();
            }
            server.Database = database;
            store = RegisterStore.Resolve(server.ConnectionString);
        }
        store.MigrateAsync().GetAwaiter().GetResult();
        SyntheticRegister.FillAsync(store, Statements, ItemsPerStatement).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        if (folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
        if (database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("CONCORD_BENCH_POSTGRES"));
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }

    /// <summary>Words in about a sixth of the texts: ranking and counting thousands of matches.</summary>
    [Benchmark]
    public Task<SearchPage> CommonWordsWithoutMarks() => Search(new SearchQuery("duong sat"));

    /// <summary>A phrase from a few percent of the texts.</summary>
    [Benchmark]
    public Task<SearchPage> Phrase() => Search(new SearchQuery("\"cang bien nuoc sau\" hai phong"));

    /// <summary>A last word still being typed: a prefix query.</summary>
    [Benchmark]
    public Task<SearchPage> PrefixWhileTyping() => Search(new SearchQuery("nang luong tai ta"));

    [Benchmark]
    public Task<SearchPage> EnglishWithLanguageFilter() => Search(new SearchQuery("railway project") { Language = "en" });

    [Benchmark]
    public Task<SearchPage> OneStatement() => Search(new SearchQuery("chuyen doi so") { StatementKey = "synthetic-0500" });

    /// <summary>A word no text holds: the cost of an empty answer.</summary>
    [Benchmark]
    public Task<SearchPage> NoMatch() => Search(new SearchQuery("tauthuydien"));

    async Task<SearchPage> Search(SearchQuery query)
    {
        await using var db = store.Open();
        return await RegisterSearch.SearchAsync(db, query);
    }
}

using BenchmarkDotNet.Attributes;
using Concord.Data.Search;
using Concord.Data.Storage;
using Concord.Load;
using Npgsql;

namespace Concord.Bench;

/// <summary>Search over a register of 1,000 synthetic statements (bench/Concord.Load's generator) with 50,000
/// commitments, 100,000 item texts, and their updates and evidence, on
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
        using var db = store.Open();
        new RegisterGenerator(db, seed: 1, ItemsPerStatement).GenerateAsync(Statements, 1, _ => { }).GetAwaiter().GetResult();
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

    /// <summary>Words in most texts: ranking and counting tens of thousands of matches, the worst case.</summary>
    [Benchmark]
    public Task<SearchPage> CommonWords() => Search(new SearchQuery("hai ben nhat tri"));

    /// <summary>A field of one text in fourteen, written without marks.</summary>
    [Benchmark]
    public Task<SearchPage> FieldWithoutMarks() => Search(new SearchQuery("duong sat do thi"));

    /// <summary>A phrase and a place: a few hundred matches.</summary>
    [Benchmark]
    public Task<SearchPage> PhraseAndPlace() => Search(new SearchQuery("\"nang luong tai tao\" hai phong"));

    /// <summary>A last word still being typed: a prefix query.</summary>
    [Benchmark]
    public Task<SearchPage> PrefixWhileTyping() => Search(new SearchQuery("cong nghiep ban da"));

    [Benchmark]
    public Task<SearchPage> EnglishWithLanguageFilter() => Search(new SearchQuery("semiconductor industry") { Language = "en" });

    [Benchmark]
    public Task<SearchPage> OneStatement() => Search(new SearchQuery("chuyen doi so") { StatementKey = "synthetic-500" });

    /// <summary>A word no text holds: the cost of an empty answer.</summary>
    [Benchmark]
    public Task<SearchPage> NoMatch() => Search(new SearchQuery("tauthuydien"));

    async Task<SearchPage> Search(SearchQuery query)
    {
        await using var db = store.Open();
        return await RegisterSearch.SearchAsync(db, query);
    }
}

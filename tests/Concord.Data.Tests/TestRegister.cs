using Concord.Data.Storage;
using Npgsql;

namespace Concord.Data.Tests;

/// <summary>A fresh, migrated register for one test: a SQLite file in a temporary folder, or a new database on
/// the PostgreSQL server that CONCORD_TEST_POSTGRES names. Disposing it deletes it.</summary>
public sealed class TestRegister : IAsyncDisposable
{
    public const string PostgresVariable = "CONCORD_TEST_POSTGRES";

    readonly string? folder;
    readonly string? database;

    TestRegister(RegisterStore store, string? folder, string? database)
    {
        Store = store;
        this.folder = folder;
        this.database = database;
    }

    public RegisterStore Store { get; }

    /// <summary>"sqlite" always, and "postgres" when CONCORD_TEST_POSTGRES is set: the providers every register
    /// test runs on.</summary>
    public static TheoryData<string> Providers
    {
        get
        {
            var data = new TheoryData<string> { "sqlite" };
            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable))) data.Add("postgres");
            return data;
        }
    }

    public static async Task<TestRegister> CreateAsync(string provider, TimeProvider? clock = null)
    {
        if (provider == "sqlite")
        {
            string folder = Path.Combine(Path.GetTempPath(), "concord-test-" + Guid.NewGuid().ToString("N"));
            var sqlite = RegisterStore.Resolve(Path.Combine(folder, "concord.db"), clock);
            await sqlite.MigrateAsync();
            return new TestRegister(sqlite, folder, null);
        }
        var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresVariable));
        string database = "concord_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        server.Database = database;
        var postgres = RegisterStore.Resolve(server.ConnectionString, clock);
        await postgres.MigrateAsync();
        return new TestRegister(postgres, null, database);
    }

    public async ValueTask DisposeAsync()
    {
        if (folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
        if (database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresVariable));
            await using var connection = new NpgsqlConnection(server.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

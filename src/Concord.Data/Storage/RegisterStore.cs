using Concord.Data.History;
using Concord.Data.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Concord.Data.Storage;

/// <summary>Where the register lives and how to open it: a SQLite file (the default, in the user's data
/// folder), or a PostgreSQL database given by its connection string (<c>Host=...;Database=...</c> or a
/// <c>postgres://</c> URI).</summary>
public sealed class RegisterStore
{
    public const string EnvironmentVariable = "CONCORD_DB";

    readonly DbContextOptions sqlite = null!;
    readonly DbContextOptions postgres = null!;
    readonly TimeProvider clock;

    RegisterStore(string provider, string connectionString, string display, TimeProvider clock)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Display = display;
        this.clock = clock;
        // The fault tests' hook (docs/reliability.md): null unless CONCORD_FAULT_PAUSE is set.
        var pause = FaultPause.FromEnvironment();
        if (provider == "sqlite")
        {
            var options = new DbContextOptionsBuilder<SqliteRegisterDb>().UseSqlite(connectionString);
            if (pause is not null) options.AddInterceptors(pause);
            sqlite = options.Options;
        }
        else
        {
            var options = new DbContextOptionsBuilder<PostgresRegisterDb>().UseNpgsql(connectionString);
            if (pause is not null) options.AddInterceptors(pause);
            postgres = options.Options;
        }
    }

    /// <summary>"sqlite" or "postgres".</summary>
    public string Provider { get; }
    public string ConnectionString { get; }

    /// <summary>What to show a person: the file's path, or the server and database without the password.</summary>
    public string Display { get; }

    /// <summary>The SQLite file, or null for PostgreSQL.</summary>
    public string? FilePath => Provider == "sqlite" ? Display : null;

    /// <summary>Reads the place from <paramref name="value"/> (the <c>--db</c> option), else from CONCORD_DB, else
    /// the default file <c>concord.db</c> in the user's data folder.</summary>
    public static RegisterStore Resolve(string? value, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        value = string.IsNullOrWhiteSpace(value) ? Environment.GetEnvironmentVariable(EnvironmentVariable) : value;
        if (string.IsNullOrWhiteSpace(value))
            value = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "concord", "concord.db");
        value = value.Trim();
        if (PostgresConnection.TryParse(value, out var builder))
            return new RegisterStore("postgres", builder.ConnectionString, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}", clock);
        string path = Path.GetFullPath(value);
        var sqliteBuilder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 };
        return new RegisterStore("sqlite", sqliteBuilder.ConnectionString, path, clock);
    }

    /// <summary>A new unit of work on the register; dispose it when done.</summary>
    public RegisterDb Open() => Provider == "sqlite"
        ? new SqliteRegisterDb((DbContextOptions<SqliteRegisterDb>)sqlite, clock)
        : new PostgresRegisterDb((DbContextOptions<PostgresRegisterDb>)postgres, clock);

    /// <summary>Creates the database or brings it to the latest migration. Throws <see cref="RegisterUnavailableException"/>
    /// with a message for a person when it cannot.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            if (FilePath is { } file)
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await using var db = Open();
            await db.Database.MigrateAsync(cancellationToken);
            if (Provider == "sqlite")
                // WAL lets readers go on while one writes; optimize gathers the statistics the planner needs to
                // pick the right index once a register has grown.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA optimize=0x10002;", cancellationToken);
            await SearchIndex.EnsureAsync(db, cancellationToken);
            await RegisterRevision.EnsureAsync(db, cancellationToken);
            await RegisterKeys.EnsureAsync(db, cancellationToken);
        }
        catch (Exception e) when (e is SqliteException or NpgsqlException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw new RegisterUnavailableException($"cannot open the register at {Display}: {e.Message}", e);
        }
    }
}

using System.Data;
using System.Data.Common;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Concord.Data.Exchange;

/// <summary>Writes a consistent copy of a live register as one zip: <c>manifest.json</c> and one JSON-lines file per
/// table (<c>tables/Commitment.jsonl</c>, one record a line). Every table is read inside one read transaction
/// that sees a single snapshot (a deferred SQLite transaction, which WAL keeps consistent while others write; a
/// REPEATABLE READ, READ ONLY one in PostgreSQL), so the copy is the register at one moment, and writers are not
/// blocked while it is taken. The format does not depend on the provider: a SQLite backup restores into
/// PostgreSQL and the other way round.</summary>
public static class RegisterBackup
{
    static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<BackupManifest> WriteAsync(RegisterDb db, Stream output, CancellationToken cancellationToken = default)
    {
        var tables = BackupTables.InOrder(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await BeginSnapshotAsync(db, cancellationToken);
            await db.Database.UseTransactionAsync(transaction, cancellationToken);
            string? migration = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault();
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var table in tables)
                {
                    var entry = zip.CreateEntry(BackupTables.EntryName(table), CompressionLevel.Optimal);
                    await using var stream = entry.Open();
                    counts[BackupTables.Name(table)] = await WriteTableAsync(db, table, stream, cancellationToken);
                }
                var manifest = new BackupManifest(BackupManifest.CurrentFormat, db.Provider, migration, db.Now, counts);
                var manifestEntry = zip.CreateEntry(BackupManifest.EntryName, CompressionLevel.Optimal);
                await using (var stream = manifestEntry.Open())
                    await JsonSerializer.SerializeAsync(stream, manifest, BackupJson.Options, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                await db.Database.UseTransactionAsync(null, cancellationToken);
                return manifest;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    static async Task<DbTransaction> BeginSnapshotAsync(RegisterDb db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection is SqliteConnection sqlite)
            // Deferred: a plain BEGIN takes no lock until it reads, then holds a WAL snapshot; IMMEDIATE would stop writers.
            return sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: true);
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using var readOnly = connection.CreateCommand();
        readOnly.Transaction = transaction;
        readOnly.CommandText = "SET TRANSACTION READ ONLY";
        await readOnly.ExecuteNonQueryAsync(cancellationToken);
        return transaction;
    }

    static async Task<long> WriteTableAsync(RegisterDb db, IEntityType table, Stream stream, CancellationToken cancellationToken)
    {
        var columns = BackupTables.Columns(table);
        var method = typeof(RegisterBackup).GetMethod(nameof(Rows), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(table.ClrType);
        var key = table.FindPrimaryKey()!.Properties[0].Name;
        var rows = (IAsyncEnumerable<object>)method.Invoke(null, [db, key])!;
        long count = 0;
        await using var writer = new Utf8JsonWriter(stream, LineOptions);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            writer.WriteStartObject();
            foreach (var column in columns)
                BackupValues.Write(writer, column.Name, column.PropertyInfo!.GetValue(row));
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken);
            writer.Reset();
            stream.WriteByte((byte)'\n');
            count++;
        }
        return count;
    }

    static IAsyncEnumerable<object> Rows<T>(RegisterDb db, string key) where T : class =>
        db.Set<T>().AsNoTracking().OrderBy(e => EF.Property<object>(e, key)).AsAsyncEnumerable();
}

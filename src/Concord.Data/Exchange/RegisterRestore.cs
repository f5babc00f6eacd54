using System.Data.Common;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Concord.Data.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Concord.Data.Exchange;

/// <summary>Restores a backup (see <see cref="RegisterBackup"/>) into an empty, migrated register, in one
/// transaction, every key kept; PostgreSQL's identity sequences are moved past the restored keys afterwards. An
/// archive with an entry outside its own folders (a path with "..", or an absolute one), an unknown table or
/// column, or a table whose rows do not match the manifest's count is refused and nothing is written.</summary>
public static class RegisterRestore
{
    public static async Task<RestoreResult> RestoreAsync(RegisterDb db, Stream archive, CancellationToken cancellationToken = default)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            return RestoreResult.Refused("not a Concord backup: the file is not a zip archive");
        }
        using (zip)
        {
            var tables = BackupTables.InOrder(db);
            var byEntry = tables.ToDictionary(BackupTables.EntryName, StringComparer.Ordinal);
            foreach (var entry in zip.Entries)
            {
                if (!SafeName(entry.FullName))
                    return RestoreResult.Refused($"the archive holds an entry with an unsafe path ('{entry.FullName}'); refused");
                if (entry.FullName != BackupManifest.EntryName && !byEntry.ContainsKey(entry.FullName))
                    return RestoreResult.Refused($"the archive holds '{entry.FullName}', which is no table of this register (a backup from a newer Concord?)");
            }
            if (zip.GetEntry(BackupManifest.EntryName) is not { } manifestEntry)
                return RestoreResult.Refused("not a Concord backup: there is no manifest.json");
            BackupManifest? manifest;
            try
            {
                await using var stream = manifestEntry.Open();
                manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, BackupJson.Options, cancellationToken);
            }
            catch (JsonException e)
            {
                return RestoreResult.Refused($"the backup's manifest.json cannot be read: {e.Message}");
            }
            if (manifest?.Format != BackupManifest.CurrentFormat || manifest.Tables is null)
                return RestoreResult.Refused($"the backup's format is '{manifest?.Format}', not {BackupManifest.CurrentFormat}");
            if (manifest.Tables.Keys.FirstOrDefault(k => !tables.Any(t => BackupTables.Name(t) == k)) is { } unknown)
                return RestoreResult.Refused($"the backup holds the table '{unknown}', which this register does not have");

            if (await NotEmptyAsync(db, tables, cancellationToken) is { } held)
                return RestoreResult.Refused($"the register is not empty (it holds {held}); restore only fills an empty register: "
                    + "give --db a new file (--db restored.db) or a new PostgreSQL database (CREATE DATABASE concord_restored), and restore into that");

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var table in tables)
            {
                long expected = manifest.Tables.GetValueOrDefault(BackupTables.Name(table));
                long count;
                try
                {
                    count = zip.GetEntry(BackupTables.EntryName(table)) is { } entry
                        ? await new TableLoader(db, table, transaction.GetDbTransaction()).LoadAsync(entry, cancellationToken)
                        : 0;
                }
                catch (Exception e) when (e is InvalidDataException or JsonException or FormatException or DbException or InvalidOperationException)
                {
                    return RestoreResult.Refused($"the backup cannot be restored: table {BackupTables.Name(table)}: {e.Message}; nothing was restored");
                }
                if (count != expected)
                    return RestoreResult.Refused($"the backup is damaged: table {BackupTables.Name(table)} has {count} rows, its manifest says {expected}; nothing was restored");
            }
            if (db.Provider == "postgres") await ResetSequencesAsync(db, tables, cancellationToken);
            await RegisterRevision.BumpAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new RestoreResult(manifest, null);
        }
    }

    static bool SafeName(string name) =>
        name.Length > 0 && !name.StartsWith('/') && !name.StartsWith('\\') && !name.Contains('\\', StringComparison.Ordinal)
        && !name.Contains(':', StringComparison.Ordinal) && !name.Split('/').Contains("..") && !Path.IsPathRooted(name);

    static async Task<string?> NotEmptyAsync(RegisterDb db, IReadOnlyList<IEntityType> tables, CancellationToken cancellationToken)
    {
        var held = new List<string>();
        foreach (var table in tables)
        {
            var sql = $"SELECT COUNT(*) FROM {Quote(db, table.GetTableName()!)}";
            long count = await ScalarAsync(db, sql, cancellationToken);
            if (count > 0) held.Add($"{count.ToString(CultureInfo.InvariantCulture)} {BackupTables.Name(table)}");
        }
        return held.Count == 0 ? null : string.Join(", ", held);
    }

    static async Task ResetSequencesAsync(RegisterDb db, IReadOnlyList<IEntityType> tables, CancellationToken cancellationToken)
    {
        foreach (var table in tables)
        {
            var key = table.FindPrimaryKey()!.Properties;
            if (key.Count != 1 || key[0].ValueGenerated == ValueGenerated.Never) continue;
            string name = table.GetTableName()!, column = key[0].GetColumnName();
            string quoted = Quote(db, name), quotedColumn = Quote(db, column);
            // is_called false with 1 on an empty table: the next key is 1; otherwise the next is max + 1.
            await ScalarAsync(db, $"SELECT setval(pg_get_serial_sequence('{quoted.Replace("'", "''", StringComparison.Ordinal)}', '{column}'), "
                + $"COALESCE(MAX({quotedColumn}), 1), MAX({quotedColumn}) IS NOT NULL) FROM {quoted}", cancellationToken);
        }
    }

    static async Task<long> ScalarAsync(RegisterDb db, string sql, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(cancellationToken);
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    internal static string Quote(RegisterDb db, string identifier) =>
        db.GetService<ISqlGenerationHelper>().DelimitIdentifier(identifier);
}

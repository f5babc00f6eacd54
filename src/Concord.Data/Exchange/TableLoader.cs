using System.Data.Common;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Concord.Data.Exchange;

/// <summary>Inserts the rows of one table of a backup, with their keys, through the provider's own type mappings
/// (so that an enum is stored as its name and a time as the provider stores times). A table that refers to itself
/// is ordered so that each row comes after the row it refers to.</summary>
internal sealed class TableLoader(RegisterDb db, IEntityType table, DbTransaction transaction)
{
    readonly IReadOnlyList<IProperty> columns = BackupTables.Columns(table);

    public async Task<long> LoadAsync(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {RegisterRestore.Quote(db, table.GetTableName()!)} ("
            + string.Join(", ", columns.Select(c => RegisterRestore.Quote(db, c.GetColumnName())))
            + ") VALUES (" + string.Join(", ", columns.Select((_, i) => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")";

        var rows = Rows(entry);
        if (BackupTables.SelfReference(table) is { } self) rows = ParentsFirst(rows.ToList(), self);
        long count = 0;
        foreach (var values in rows)
        {
            command.Parameters.Clear();
            for (int i = 0; i < columns.Count; i++)
            {
                var mapping = (RelationalTypeMapping)columns[i].GetRelationalTypeMapping();
                command.Parameters.Add(mapping.CreateParameter(command, "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), values[i], columns[i].IsNullable));
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
            count++;
        }
        return count;
    }

    IEnumerable<object?[]> Rows(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        var byName = columns.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        int line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0) continue;
            using var json = JsonDocument.Parse(text);
            var values = new object?[columns.Count];
            for (int i = 0; i < columns.Count; i++) values[i] = Missing(columns[i]);
            foreach (var property in json.RootElement.EnumerateObject())
            {
                if (!byName.TryGetValue(property.Name, out int i))
                    throw new InvalidDataException($"{entry.FullName}, line {line}: '{property.Name}' is no column of {BackupTables.Name(table)}");
                values[i] = BackupValues.Read(property.Value, columns[i].ClrType);
            }
            yield return values;
        }
    }

    // A column the backup did not have (it came from an older register): what a new record would hold.
    static object? Missing(IProperty column) =>
        column.IsNullable ? null : column.ClrType == typeof(string) ? "" : Activator.CreateInstance(column.ClrType);

    IEnumerable<object?[]> ParentsFirst(List<object?[]> rows, IForeignKey self)
    {
        int key = columns.ToList().IndexOf(self.PrincipalKey.Properties[0]);
        int parent = columns.ToList().IndexOf(self.Properties[0]);
        var placed = new HashSet<object>();
        var left = rows;
        while (left.Count > 0)
        {
            var ready = left.Where(r => r[parent] is null || placed.Contains(r[parent]!) || !rows.Any(x => Equals(x[key], r[parent]))).ToList();
            if (ready.Count == 0) ready = left; // a cycle: let the database say which reference fails
            foreach (var r in ready)
            {
                placed.Add(r[key]!);
                yield return r;
            }
            left = left.Except(ready).ToList();
        }
    }
}

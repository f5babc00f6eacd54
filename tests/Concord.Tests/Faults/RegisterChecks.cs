using Concord.Data;
using Concord.Data.History;
using Concord.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Faults;

/// <summary>What a register must be after any crash: the file sound (SQLite's integrity and foreign-key checks), every
/// part owned by a record that exists, the history matching the rows (each live record was added in the history and
/// not deleted since, each commitment's version counts its recorded modifications) and the revision counter at least
/// the number of saves the history shows (not after a restore). Fails the test with every problem found.</summary>
public static class RegisterChecks
{
    /// <param name="restored">A restored register: its revision counter starts again (a restore bumps it; it is not
    /// backed up), so it cannot be compared with the history.</param>
    public static async Task AssertConsistentAsync(RegisterStore store, bool restored = false)
    {
        var problems = new List<string>();
        if (store.FilePath is { } file) problems.AddRange(SqliteFile(file));
        await using var db = store.Open();

        var statements = (await db.Statements.Select(s => s.Id).ToListAsync()).ToHashSet();
        Orphans(problems, "item", await db.Items.Select(i => new { i.Id, i.StatementId }).ToListAsync(), x => x.Id, x => statements.Contains(x.StatementId));
        Orphans(problems, "version", await db.Versions.Select(v => new { v.Id, v.StatementId }).ToListAsync(), x => x.Id, x => statements.Contains(x.StatementId));
        Orphans(problems, "commitment", await db.Commitments.Select(c => new { c.Id, c.StatementId }).ToListAsync(), x => x.Id, x => statements.Contains(x.StatementId));
        var commitments = (await db.Commitments.Select(c => c.Id).ToListAsync()).ToHashSet();
        Orphans(problems, "update", await db.Updates.Select(u => new { u.Id, u.CommitmentId }).ToListAsync(), x => x.Id, x => commitments.Contains(x.CommitmentId));

        var history = await db.Changes.AsNoTracking().Select(c => new { c.Id, c.Entity, c.EntityId, c.Operation, c.At }).ToListAsync();
        var live = history.GroupBy(c => (c.Entity, c.EntityId)).Where(g => g.OrderBy(c => c.Id).Last().Operation != "deleted")
            .Select(g => g.Key).ToHashSet();
        await Matches(problems, live, "Statement", db.Statements.Select(s => s.Id));
        await Matches(problems, live, "StatementVersion", db.Versions.Select(s => s.Id));
        await Matches(problems, live, "Item", db.Items.Select(s => s.Id));
        await Matches(problems, live, "Commitment", db.Commitments.Select(s => s.Id));
        await Matches(problems, live, "ProgressUpdate", db.Updates.Select(s => s.Id));
        await Matches(problems, live, "Agency", db.Agencies.Select(s => s.Id));

        var modified = history.Where(c => c.Entity == "Commitment" && c.Operation == "modified")
            .GroupBy(c => c.EntityId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var c in await db.Commitments.Select(c => new { c.Id, c.Version }).ToListAsync())
        {
            int recorded = modified.GetValueOrDefault(c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (c.Version != recorded + 1) problems.Add($"commitment {c.Id} is at version {c.Version} but its history has {recorded} modifications");
        }

        long revision = await RegisterRevision.ReadAsync(db);
        int saves = history.Select(c => c.At).Distinct().Count();
        if (!restored && revision < saves) problems.Add($"the revision counter is {revision}, below the {saves} saves in the history");
        Assert.True(problems.Count == 0, "the register is not consistent:\n" + string.Join('\n', problems));
    }

    /// <summary>The revision counter, to compare before and after an interrupted write.</summary>
    public static async Task<long> RevisionAsync(RegisterStore store)
    {
        await using var db = store.Open();
        return await RegisterRevision.ReadAsync(db);
    }

    static IEnumerable<string> SqliteFile(string file)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString);
        connection.Open();
        using var integrity = connection.CreateCommand();
        integrity.CommandText = "PRAGMA integrity_check";
        string result = Convert.ToString(integrity.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
        if (result != "ok") yield return "PRAGMA integrity_check: " + result;
        using var keys = connection.CreateCommand();
        keys.CommandText = "PRAGMA foreign_key_check";
        using var reader = keys.ExecuteReader();
        while (reader.Read()) yield return $"PRAGMA foreign_key_check: {reader.GetString(0)} row {reader.GetValue(1)} points to a missing {reader.GetString(2)}";
    }

    static void Orphans<T>(List<string> problems, string what, List<T> rows, Func<T, int> id, Func<T, bool> owned)
    {
        foreach (var row in rows.Where(r => !owned(r))) problems.Add($"{what} {id(row)} belongs to no record");
    }

    static async Task Matches(List<string> problems, HashSet<(string Entity, string EntityId)> live, string entity, IQueryable<int> ids)
    {
        var rows = (await ids.ToListAsync()).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        var recorded = live.Where(k => k.Entity == entity).Select(k => k.EntityId).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in rows.Except(recorded)) problems.Add($"{entity} {missing} is in the register but not in its history");
        foreach (var gone in recorded.Except(rows)) problems.Add($"{entity} {gone} is in the history but not in the register");
    }
}

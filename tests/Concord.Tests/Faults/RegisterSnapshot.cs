using Concord.Data.History;
using Concord.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Faults;

/// <summary>What a register holds at one moment, to compare before and after an interrupted write: the number of rows
/// of every table, the revision counter, and each commitment's version and status. Two equal snapshots mean the
/// interrupted write left nothing behind.</summary>
public sealed record RegisterSnapshot(string Counts, long Revision, string Commitments)
{
    public static async Task<RegisterSnapshot> TakeAsync(RegisterStore store)
    {
        await using var db = store.Open();
        var counts = new List<string>();
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            // The table names come from the model, not from input.
            string sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            long n = (await db.Database.SqlQueryRaw<long>(sql).ToListAsync()).Single();
            counts.Add($"{table}={n}");
        }
        var commitments = await db.Commitments.OrderBy(c => c.Id).Select(c => new { c.Id, c.Version, c.Status }).ToListAsync();
        return new RegisterSnapshot(string.Join(' ', counts), await RegisterRevision.ReadAsync(db),
            string.Join(' ', commitments.Select(c => $"{c.Id}@{c.Version}:{c.Status}")));
    }
}

using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Search;

/// <summary>The full-text index as a whole: created after migration, and rebuilt from every record for a
/// register whose entries are missing or suspect.</summary>
public static class SearchIndex
{
    const int Batch = 2000;

    /// <summary>Creates the provider's index if it is not there (idempotent), and fills it when the register has
    /// texts but no entries (a register written before the index existed).</summary>
    public static async Task EnsureAsync(RegisterDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Provider == "sqlite")
        {
            bool existed = (await db.Database.SqlQueryRaw<int>(SearchSchema.SqliteHasFts).ToListAsync(cancellationToken))[0] > 0;
            foreach (string sql in SearchSchema.Sqlite)
                await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
            if (!existed && await db.SearchEntries.AnyAsync(cancellationToken))
                await db.Database.ExecuteSqlRawAsync(SearchSchema.SqliteRebuild, cancellationToken);
        }
        else
        {
            foreach (string sql in SearchSchema.Postgres)
                await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
        if (!await db.SearchEntries.AnyAsync(cancellationToken)
            && (await db.ItemTexts.AnyAsync(cancellationToken) || await db.Commitments.AnyAsync(cancellationToken)))
            await RebuildAsync(db, cancellationToken);
    }

    /// <summary>Replaces every entry with one made from the records as they are now, in one transaction.
    /// Returns the number of entries.</summary>
    public static async Task<int> RebuildAsync(RegisterDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await db.SearchEntries.ExecuteDeleteAsync(cancellationToken);
            int count = 0;
            foreach (string kind in SearchKinds.All)
            {
                var sources = await SearchSources.ReadAsync(db, kind, ids: null, cancellationToken);
                foreach (var chunk in sources.Chunk(Batch))
                {
                    var entries = chunk.Select(s => s.ToEntry()).ToList();
                    db.SearchEntries.AddRange(entries);
                    await db.SaveChangesAsync(cancellationToken);
                    foreach (var entry in entries) db.Entry(entry).State = EntityState.Detached;
                    count += chunk.Length;
                }
            }
            if (own is not null) await own.CommitAsync(cancellationToken);
            return count;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }
}

using Concord.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Load;

/// <summary>How much room a register takes: the SQLite file with its write-ahead log, or the PostgreSQL database.</summary>
static class DatabaseSize
{
    public static async Task<long> ReadAsync(RegisterStore store)
    {
        if (store.FilePath is { } file)
            return new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
        await using var db = store.Open();
        return (await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").ToListAsync())[0];
    }
}

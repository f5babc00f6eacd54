using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Storage;

/// <summary>The register in a SQLite file. Its own class so that it has its own migrations.</summary>
public sealed class SqliteRegisterDb(DbContextOptions<SqliteRegisterDb> options, TimeProvider clock) : RegisterDb(options, clock)
{
    public override string Provider => "sqlite";
}

using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Storage;

/// <summary>The register in PostgreSQL. Its own class so that it has its own migrations.</summary>
public sealed class PostgresRegisterDb(DbContextOptions<PostgresRegisterDb> options, TimeProvider clock) : RegisterDb(options, clock)
{
    public override string Provider => "postgres";
}

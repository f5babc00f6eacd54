using Microsoft.EntityFrameworkCore;

namespace Concord.Data.History;

/// <summary>A number that goes up with every committed change to the register, whoever makes it and through
/// whichever instance: each save that records changes bumps it in its own transaction, so two reads that see the
/// same revision see the same register. A cache keyed on it can never serve a register that has since changed.
/// It is one row outside the model (not backed up; a restore bumps it), and the row lock orders concurrent writers
/// on PostgreSQL, where the ids of changes can commit out of order and so cannot serve.</summary>
public static class RegisterRevision
{
    const string Create = """CREATE TABLE IF NOT EXISTS "RegisterRevision" ("Id" integer PRIMARY KEY, "Value" bigint NOT NULL)""";
    const string Seed = """INSERT INTO "RegisterRevision" ("Id", "Value") SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM "RegisterRevision")""";
    const string Bump = """UPDATE "RegisterRevision" SET "Value" = "Value" + 1 WHERE "Id" = 1""";
    const string Read = """SELECT "Value" FROM "RegisterRevision" WHERE "Id" = 1""";

    /// <summary>Creates the row if it is not there (idempotent); run after migration.</summary>
    public static async Task EnsureAsync(RegisterDb db, CancellationToken cancellationToken = default)
    {
        await db.Database.ExecuteSqlRawAsync(Create, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Seed, cancellationToken);
    }

    public static Task BumpAsync(RegisterDb db, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(Bump, cancellationToken);

    public static async Task<long> ReadAsync(RegisterDb db, CancellationToken cancellationToken = default) =>
        (await db.Database.SqlQueryRaw<long>(Read).ToListAsync(cancellationToken)).FirstOrDefault();
}

using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Storage;

/// <summary>The web app's data-protection keys (what signs the sign-in cookie and the forms' antiforgery tokens), kept
/// in the register so that every <c>concord serve</c> on one database reads and writes the same key ring: a cookie
/// or a form given by one instance is good on any other. One table outside the model, as the revision is: created
/// after migration, never in the history (a key is a secret) nor in backups (a restored register starts a new ring,
/// and people sign in again).</summary>
public static class RegisterKeys
{
    const string Create = """CREATE TABLE IF NOT EXISTS "DataProtectionKeys" ("Name" varchar(200) PRIMARY KEY, "Xml" text NOT NULL)""";
    const string Read = """SELECT "Xml" AS "Value" FROM "DataProtectionKeys" ORDER BY "Name" """;

    /// <summary>Creates the table if it is not there (idempotent); run after migration.</summary>
    public static Task EnsureAsync(RegisterDb db, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(Create, cancellationToken);

    /// <summary>Every key element stored, as XML text.</summary>
    public static List<string> ReadAll(RegisterDb db) =>
        [.. db.Database.SqlQueryRaw<string>(Read)];

    /// <summary>Stores one key element under its name, or under the name and a unique suffix when the name is taken
    /// (elements are never replaced: a revocation is a new element).</summary>
    public static void Store(RegisterDb db, string name, string xml)
    {
        if (Insert(db, name, xml) == 0)
            Insert(db, name + "-" + Guid.NewGuid().ToString("N"), xml);
    }

    static int Insert(RegisterDb db, string name, string xml) =>
        db.Database.ExecuteSql($"""INSERT INTO "DataProtectionKeys" ("Name", "Xml") VALUES ({name}, {xml}) ON CONFLICT ("Name") DO NOTHING""");
}

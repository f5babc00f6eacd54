using System.Data.Common;
using System.Security.Cryptography;
using Concord.Data.Accounts;
using Concord.Data.Ingest;
using Concord.Data.Storage;
using Concord.Features.Accounts;
using Concord.Features.Articles;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Concord.Commands;

/// <summary>The register <c>concord demo</c> serves: the sample statement, a little tracking and four users. An empty
/// register is filled; a demo register is reused as it is; any other register is refused, so that the demo never
/// writes into a real one. The users get new passwords each time, shown once.</summary>
internal static class DemoRegister
{
    public const string Actor = "concord demo";
    public const string KeyPrefix = "aurelia-norvania";

    public static readonly IReadOnlyList<(string Name, Role Role)> Users =
        [("admin", Role.Admin), ("coordinator", Role.Coordinator), ("editor", Role.AgencyEditor), ("viewer", Role.Viewer)];

    /// <param name="samples">Reads the sample statement; called only when the register is empty.</param>
    public static async Task<DemoSetup> PrepareAsync(RegisterStore store, Func<DemoSamples.Sample?> samples, CancellationToken ct = default)
    {
        var kind = await KindAsync(store, ct);
        if (kind == DemoKind.Other) return DemoSetup.Refused(NotDemo(store));
        await store.MigrateAsync(ct);
        bool created = false;
        if (kind == DemoKind.Empty)
        {
            if (samples() is not { } sample) return DemoSetup.Refused("the sample statement could not be read");
            if (await SeedAsync(store, sample, ct) is { } problem) return DemoSetup.Refused(problem);
            created = true;
        }
        await using (var db = store.Open())
        {
            string key = await db.Statements.Where(s => s.Key.StartsWith(KeyPrefix)).OrderBy(s => s.Id).Select(s => s.Key).FirstAsync(ct);
            var accounts = await NewPasswordsAsync(db, ct);
            return new DemoSetup(key, created, accounts, null);
        }
    }

    public static string NotDemo(RegisterStore store) =>
        $"{store.Display} is not a demo register: it holds statements or users the demo did not make, and the demo "
        + "never writes into such a register. Leave out --db to use the demo's own file.";

    /// <summary>Whether the register is empty (or not made yet), the demo's (its statement and users are there, whatever
    /// was added since), or anything else, also when it cannot be read as a register. Reads only: a register that is
    /// not the demo's is not even migrated.</summary>
    public static async Task<DemoKind> KindAsync(RegisterStore store, CancellationToken ct = default)
    {
        if (store.FilePath is { } file && !File.Exists(file)) return DemoKind.Empty;
        try
        {
            await using var db = store.Open();
            if (!(await db.Database.GetAppliedMigrationsAsync(ct)).Any()) return DemoKind.Empty;
            bool anyStatement = await db.Statements.AnyAsync(ct);
            var names = Users.Select(u => u.Name).ToList();
            int demoUsers = await db.Users.CountAsync(u => names.Contains(u.UserName), ct);
            if (!anyStatement && !await db.Users.AnyAsync(ct)) return DemoKind.Empty;
            bool demo = demoUsers == Users.Count && await db.Statements.AnyAsync(s => s.Key.StartsWith(KeyPrefix), ct);
            return demo ? DemoKind.Demo : DemoKind.Other;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            return DemoKind.Other;
        }
    }

    static async Task<string?> SeedAsync(RegisterStore store, DemoSamples.Sample sample, CancellationToken ct)
    {
        await using (var db = store.Open())
        {
            db.Actor = Actor;
            var report = await StatementIngest.IngestAsync(db, sample.Statement, null, ct);
            if (!report.Succeeded) return string.Join("; ", report.Problems.Select(p => p.English));
            int statementId = await db.Statements.Where(s => s.Key.StartsWith(KeyPrefix)).Select(s => s.Id).SingleAsync(ct);
            foreach (var article in sample.Articles)
                await ArticlesApi.SaveAsync(db, statementId, article, Actor, ct);
        }
        int editorAgency = await DemoTracking.AddAgenciesAsync(store, ct);
        await using (var db = store.Open())
        {
            db.Actor = Actor;
            foreach (var (name, role) in Users)
            {
                // A placeholder: the real passwords are set, and shown, on every start.
                if (await UserAccounts.AddAsync(db, name, NewPassword(), role, role == Role.AgencyEditor ? editorAgency : null, ct) is { } refusal)
                    return refusal;
            }
        }
        await DemoTracking.TrackAsync(store, ct);
        return null;
    }

    static async Task<IReadOnlyList<DemoAccount>> NewPasswordsAsync(Data.RegisterDb db, CancellationToken ct)
    {
        db.Actor = Actor;
        var hasher = new PasswordHasher<User>();
        var accounts = new List<DemoAccount>();
        foreach (var (name, role) in Users)
        {
            var user = await db.Users.SingleAsync(u => u.UserName == name, ct);
            string password = NewPassword();
            user.PasswordHash = hasher.HashPassword(user, password);
            user.FailedSignIns = 0;
            user.LockedUntil = null;
            user.Disabled = false;
            accounts.Add(new DemoAccount(name, Roles.Name(role), password));
        }
        await db.SaveChangesAsync(ct);
        return accounts;
    }

    static string NewPassword()
    {
        const string alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(16, 0, (span, _) =>
        {
            for (int i = 0; i < span.Length; i++) span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        });
    }
}

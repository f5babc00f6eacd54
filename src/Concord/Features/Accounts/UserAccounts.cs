using Concord.Data;
using Concord.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Accounts;

/// <summary>Users, passwords and tokens on the register. Passwords are hashed with ASP.NET Core Identity's
/// hasher; after <see cref="MaxFailures"/> failed sign-ins in a row an account is locked for <see cref="LockoutTime"/>.</summary>
public static class UserAccounts
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);
    static readonly PasswordHasher<User> Hasher = new();

    /// <summary>Adds a user; returns a message for a person and adds nothing when the input is not acceptable.</summary>
    public static async Task<string?> AddAsync(RegisterDb db, string userName, string password, Role role, int? agencyId, CancellationToken ct = default)
    {
        if (UserNames.Check(userName) is { } badName) return badName;
        if (PasswordRules.Check(userName, password) is { } badPassword) return badPassword;
        if (role == Role.AgencyEditor && agencyId is null) return "An agency editor needs an agency: give --agency ID.";
        if (agencyId is { } id && !await db.Agencies.AnyAsync(a => a.Id == id, ct)) return $"There is no agency {id}.";
        if (await db.Users.AnyAsync(u => u.UserName == userName, ct)) return $"There is already a user '{userName}'.";
        var user = new User { UserName = userName, PasswordHash = "", Role = role, AgencyId = agencyId, CreatedAt = db.Now };
        user.PasswordHash = Hasher.HashPassword(user, password);
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static async Task<SignInOutcome> SignInAsync(RegisterDb db, string userName, string password, CancellationToken ct = default)
    {
        const string wrong = "The user name or the password is wrong.";
        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == userName, ct);
        if (user is null || user.Disabled)
        {
            // Hash anyway so that an unknown name takes as long as a wrong password.
            Hasher.VerifyHashedPassword(new User { UserName = "", PasswordHash = "" }, Dummy, password);
            return new SignInOutcome(null, wrong);
        }
        var now = db.Now;
        if (user.LockedUntil is { } until && until > now)
            return new SignInOutcome(null, "Too many failed sign-ins: this account is locked for a while. Try again later.", until);

        db.Actor = user.UserName;
        var verdict = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            user.FailedSignIns++;
            if (user.FailedSignIns >= MaxFailures)
            {
                user.LockedUntil = now + LockoutTime;
                user.FailedSignIns = 0;
            }
            await SaveQuietlyAsync(db, ct);
            return new SignInOutcome(null, wrong, user.LockedUntil > now ? user.LockedUntil : null);
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            user.PasswordHash = Hasher.HashPassword(user, password);
        if (user.FailedSignIns != 0 || user.LockedUntil is not null || verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.FailedSignIns = 0;
            user.LockedUntil = null;
            await SaveQuietlyAsync(db, ct);
        }
        return new SignInOutcome(user, null);
    }

    /// <summary>Makes a token for the user and returns it: the only time it is seen.</summary>
    public static async Task<string> CreateTokenAsync(RegisterDb db, User user, string name, CancellationToken ct = default)
    {
        string token = ApiTokens.NewToken();
        db.ApiTokens.Add(new ApiToken { UserId = user.Id, Name = name, Hash = ApiTokens.Hash(token), Prefix = ApiTokens.Prefix(token), CreatedAt = db.Now });
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>The user a token is for, when the token is known, not revoked and its user not disabled.</summary>
    public static async Task<User?> FindByTokenAsync(RegisterDb db, string token, CancellationToken ct = default)
    {
        if (!token.StartsWith(ApiTokens.Scheme, StringComparison.Ordinal) || token.Length > 200) return null;
        string hash = ApiTokens.Hash(token);
        var found = await db.ApiTokens.Include(t => t.User).SingleOrDefaultAsync(t => t.Hash == hash, ct);
        if (found is null || found.RevokedAt is not null || found.User.Disabled) return null;
        // Noted at most hourly, so that reading does not write a change per request.
        if (found.LastUsedAt is not { } used || db.Now - used > TimeSpan.FromHours(1))
        {
            found.LastUsedAt = db.Now;
            db.Actor = found.User.UserName;
            await SaveLastUseAsync(db, ct);
        }
        return found.User;
    }

    /// <summary>Saves bookkeeping (failures, last use) that may lose a race without harm.</summary>
    static async Task SaveQuietlyAsync(RegisterDb db, CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { }
    }

    /// <summary>Saves a token's last use, unless the register cannot be written just now (read-only, disk full): it
    /// must stay readable, and the note waits for the next hour. Failed sign-ins are never let go like this.</summary>
    static async Task SaveLastUseAsync(RegisterDb db, CancellationToken ct)
    {
        try { await SaveQuietlyAsync(db, ct); }
        catch (Exception e) when (Concord.Data.Storage.RegisterFault.Of(e) is not null)
        {
            db.ChangeTracker.Clear();
        }
    }

    static readonly string Dummy = new PasswordHasher<User>().HashPassword(new User { UserName = "", PasswordHash = "" }, "not a password of anyone");
}

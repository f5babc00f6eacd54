using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Concord.Data;
using Concord.Data.Accounts;
using Concord.Data.Storage;
using Concord.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Concord.Commands;

/// <summary><c>concord user add|list|token|revoke</c>: the accounts of the register.</summary>
public static class UserCommand
{
    public static Command Create(TextReader input)
    {
        var command = new Command("user", "Manage the accounts that may sign in to the register and their API tokens");
        command.Subcommands.Add(Add(input));
        command.Subcommands.Add(List());
        command.Subcommands.Add(Token());
        command.Subcommands.Add(Revoke());
        return command;
    }

    static Option<string?> DbOption() => RegisterOption.Create();

    static Command Add(TextReader input)
    {
        var name = new Argument<string>("name") { Description = "The user name" };
        var role = new Option<string>("--role") { Description = "admin, coordinator, agency-editor or viewer", Required = true };
        role.AcceptOnlyFromAmong("admin", "coordinator", "agency-editor", "viewer");
        var agency = new Option<int?>("--agency") { Description = "The agency (its id) whose commitments an agency editor may update" };
        var fromStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input; otherwise one is made and shown once" };
        var db = DbOption();
        var command = new Command("add", "Add a user") { name, role, agency, fromStdin, db };
        command.SetAction((result, ct) => WithRegister(result, db, async (register, output, error) =>
        {
            string user = result.GetValue(name)!;
            bool made = !result.GetValue(fromStdin);
            string password = made ? NewPassword() : (await input.ReadLineAsync(ct) ?? "");
            var role1 = Roles.Parse(result.GetValue(role)!)!.Value;
            register.Actor = "concord user";
            if (await UserAccounts.AddAsync(register, user, password, role1, result.GetValue(agency), ct) is { } refusal)
            {
                error.WriteLine($"concord: {refusal}");
                return 1;
            }
            output.WriteLine($"added {user} ({Roles.Name(role1)})");
            if (made) output.WriteLine($"password (shown once): {password}");
            return 0;
        }));
        return command;
    }

    static Command List()
    {
        var db = DbOption();
        var command = new Command("list", "List the users, their roles and live tokens") { db };
        command.SetAction((result, ct) => WithRegister(result, db, async (register, output, _) =>
        {
            var users = await register.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
            var tokens = await register.ApiTokens.AsNoTracking().Where(t => t.RevokedAt == null).ToListAsync(ct);
            foreach (var u in users)
            {
                string agency = u.AgencyId is { } a ? " agency " + a.ToString(CultureInfo.InvariantCulture) : "";
                string state = u.Disabled ? " disabled" : "";
                var own = tokens.Where(t => t.UserId == u.Id).Select(t => $"{t.Name} ({t.Prefix}…)");
                output.WriteLine($"{u.UserName}\t{Roles.Name(u.Role)}{agency}{state}\ttokens: {string.Join(", ", own)}");
            }
            return 0;
        }));
        return command;
    }

    static Command Token()
    {
        var name = new Argument<string>("name") { Description = "The user the token acts as" };
        var tokenName = new Option<string>("--name") { Description = "What the token is for, e.g. 'reporting script'", Required = true };
        var db = DbOption();
        var command = new Command("token", "Make an API token for a user and print it once") { name, tokenName, db };
        command.SetAction((result, ct) => WithRegister(result, db, async (register, output, error) =>
        {
            string userName = result.GetValue(name)!;
            var user = await register.Users.SingleOrDefaultAsync(u => u.UserName == userName, ct);
            if (user is null)
            {
                error.WriteLine($"concord: there is no user '{userName}'");
                return 1;
            }
            string label = result.GetValue(tokenName)!.Trim();
            if (label.Length is 0 or > 100)
            {
                error.WriteLine("concord: --name must have 1 to 100 characters");
                return 1;
            }
            register.Actor = "concord user";
            output.WriteLine(await UserAccounts.CreateTokenAsync(register, user, label, ct));
            error.WriteLine("This token is shown once: keep it now. Send it as 'Authorization: Bearer <token>'.");
            return 0;
        }));
        return command;
    }

    static Command Revoke()
    {
        var name = new Argument<string>("name") { Description = "The user whose tokens to revoke" };
        var tokenName = new Option<string?>("--name") { Description = "The token to revoke (by its name); all of the user's tokens without it" };
        var db = DbOption();
        var command = new Command("revoke", "Revoke a user's API tokens") { name, tokenName, db };
        command.SetAction((result, ct) => WithRegister(result, db, async (register, output, error) =>
        {
            string userName = result.GetValue(name)!;
            string? label = result.GetValue(tokenName);
            var tokens = await register.ApiTokens.Where(t => t.User.UserName == userName && t.RevokedAt == null)
                .Where(t => label == null || t.Name == label).ToListAsync(ct);
            if (tokens.Count == 0)
            {
                error.WriteLine($"concord: '{userName}' has no live token{(label is null ? "" : $" named '{label}'")}");
                return 1;
            }
            foreach (var t in tokens) t.RevokedAt = register.Now;
            register.Actor = "concord user";
            await register.SaveChangesAsync(ct);
            output.WriteLine($"revoked {tokens.Count} token{(tokens.Count == 1 ? "" : "s")} of {userName}");
            return 0;
        }));
        return command;
    }

    static async Task<int> WithRegister(ParseResult result, Option<string?> db, Func<RegisterDb, TextWriter, TextWriter, Task<int>> action)
    {
        var output = result.InvocationConfiguration.Output;
        var error = result.InvocationConfiguration.Error;
        if (await RegisterOption.OpenAsync(result, db, mustExist: false, CancellationToken.None) is not { } store) return 1;
        await using var register = store.Open();
        return await action(register, output, error);
    }

    static string NewPassword()
    {
        const string alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(20, 0, (span, _) =>
        {
            for (int i = 0; i < span.Length; i++) span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        });
    }
}

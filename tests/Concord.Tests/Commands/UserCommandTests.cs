using Concord.Data.Accounts;
using Concord.Data.Tests;
using Concord.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Commands;

public sealed class UserCommandTests
{
    static CliRun Run(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Cli.Run(args, new StringReader(input), output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Add_WithPasswordOnStdin_StoresAHashThatSignsIn()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        string db = register.Store.FilePath!;

        var run = Run("a long enough secret\n", "user", "add", "lan", "--role", "coordinator", "--password-stdin", "--db", db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("added lan (coordinator)", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("a long enough secret", run.Output + run.Error, StringComparison.Ordinal);
        await using var check = register.Store.Open();
        var user = await check.Users.SingleAsync();
        Assert.NotEqual("a long enough secret", user.PasswordHash);
        Assert.NotNull((await UserAccounts.SignInAsync(check, "lan", "a long enough secret")).User);
    }

    [Fact]
    public async Task Add_ShortPassword_IsRefusedWithTheRule()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        string db = register.Store.FilePath!;

        var run = Run("short\n", "user", "add", "lan", "--role", "viewer", "--password-stdin", "--db", db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("at least 12", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_AgencyEditorWithoutAgency_IsRefused()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");

        var run = Run("", "user", "add", "mai", "--role", "agency-editor", "--db", register.Store.FilePath!);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--agency", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_ThenRevoke_StoresOnlyTheHashAndRevokes()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        string db = register.Store.FilePath!;
        Assert.Equal(0, Run("", "user", "add", "nam", "--role", "viewer", "--db", db).ExitCode);

        var made = Run("", "user", "token", "nam", "--name", "reporting script", "--db", db);
        string token = made.Output.Trim();
        var listed = Run("", "user", "list", "--db", db);
        var revoked = Run("", "user", "revoke", "nam", "--name", "reporting script", "--db", db);

        Assert.StartsWith(ApiTokens.Scheme, token, StringComparison.Ordinal);
        Assert.Contains("reporting script", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(token, listed.Output, StringComparison.Ordinal);
        Assert.Equal(0, revoked.ExitCode);
        await using var check = register.Store.Open();
        var stored = await check.ApiTokens.SingleAsync();
        Assert.Equal((ApiTokens.Hash(token), true), (stored.Hash, stored.RevokedAt is not null));
        Assert.Null(await UserAccounts.FindByTokenAsync(check, token));
    }

    [Fact]
    public void Add_UnknownRole_IsUsageError()
    {
        var run = Run("", "user", "add", "x", "--role", "boss");

        Assert.Equal(2, run.ExitCode);
    }
}

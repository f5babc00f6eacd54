using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Tests;
using Concord.Features.Accounts;
using Concord.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Security;

/// <summary>Password rules (ASVS 2.1) and API tokens: random, stored only as a hash, revocable one by one.</summary>
public sealed class PasswordAndTokenTests
{
    [Theory]
    [InlineData("elevenchars", false)]
    [InlineData("twelve chars", true)]
    [InlineData("            ", false)]
    [InlineData("mật khẩu đủ dài", true)]
    [InlineData("pass phrase with spaces and ☃", true)]
    [InlineData("my name is LINH, ok?", false)]
    public void Rules_AcceptLongPasswordsOfAnyCharacters_AndRefuseShortOnesOrTheUserName(string password, bool accepted)
    {
        Assert.Equal(accepted, PasswordRules.Check("linh", password) is null);
    }

    [Fact]
    public void Rules_AllowLongPassphrases_UpTo256Characters()
    {
        Assert.Null(PasswordRules.Check("linh", new string('x', 200) + " phrase " + new string('y', 48)));
        Assert.NotNull(PasswordRules.Check("linh", new string('x', 257)));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Passwords_AreStoredHashed_AndNeverTruncated(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        string password = new('p', 100);
        await using var db = host.Db();
        Assert.Null(await UserAccounts.AddAsync(db, "khanh", password, Role.Viewer, null));

        var stored = await db.Users.AsNoTracking().SingleAsync();
        var shorter = await UserAccounts.SignInAsync(db, "khanh", password[..99]);
        var longer = await UserAccounts.SignInAsync(db, "khanh", password + "p");
        var right = await UserAccounts.SignInAsync(db, "khanh", password);

        Assert.DoesNotContain(password[..12], stored.PasswordHash, StringComparison.Ordinal);
        Assert.True(stored.PasswordHash.Length > 40);
        Assert.Equal((false, false, true), (shorter.User is not null, longer.User is not null, right.User is not null));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Tokens_AreStoredOnlyAsTheirHash_AndRevokingOneLeavesTheOthers(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var (first, firstToken) = await host.ClientWithTokenAsync(Role.Viewer, name: "long");
        string secondToken;
        await using (var db = host.Db())
        {
            var user = await db.Users.SingleAsync();
            secondToken = await UserAccounts.CreateTokenAsync(db, user, "second");
        }
        var second = host.Anonymous();
        second.DefaultRequestHeaders.Authorization = new("Bearer", secondToken);

        await using (var db = host.Db())
        {
            var tokens = await db.ApiTokens.AsNoTracking().ToListAsync();
            Assert.All(tokens, t => Assert.Equal(64, t.Hash.Length));
            Assert.DoesNotContain(tokens, t => t.Hash.Contains(firstToken[4..], StringComparison.Ordinal) || firstToken.EndsWith(t.Hash, StringComparison.Ordinal));
            Assert.Contains(tokens, t => t.Hash == ApiTokens.Hash(firstToken));
            Assert.All(tokens, t => Assert.True(t.Prefix.Length <= 12));
            var one = await db.ApiTokens.SingleAsync(t => t.Name == "tests");
            one.RevokedAt = db.Now;
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/api/session")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/session")).StatusCode);
        Assert.NotEqual(firstToken, secondToken);
        Assert.True(firstToken.Length >= 40, "32 random bytes in base64url after the scheme");
    }

    [Theory]
    [InlineData("Bearer cnc_")]
    [InlineData("Bearer cnc_' OR '1'='1")]
    [InlineData("Bearer not-a-token")]
    [InlineData("Bearer ")]
    public async Task Tokens_Malformed_AreRefusedWith401(string header)
    {
        await using var host = await ApiHost.StartAsync("sqlite", isPublic: true);
        var client = host.Anonymous();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header + new string('x', header.EndsWith('_') ? 300 : 0));

        using var response = await client.GetAsync("/api/session");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

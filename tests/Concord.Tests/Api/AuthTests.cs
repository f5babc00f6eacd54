using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Tests;
using Concord.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Api;

public sealed class AuthTests
{
    static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password) =>
        await client.SendJsonAsync(HttpMethod.Post, "/api/session", new { userName = user, password });

    static async Task AddUserAsync(ApiHost host, string name, Role role = Role.Viewer)
    {
        await using var db = host.Db();
        Assert.Null(await UserAccounts.AddAsync(db, name, ApiHost.Password, role, null));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task SignIn_RightPassword_GivesACookieThatReads(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await AddUserAsync(host, "dana", Role.Coordinator);
        var client = host.Anonymous();

        using var response = await SignInAsync(client, "dana", ApiHost.Password);
        string cookie = response.Headers.GetValues("Set-Cookie").Single();
        client.DefaultRequestHeaders.Add("Cookie", cookie.Split(';')[0]);
        var session = await client.GetJsonAsync("/api/session");

        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(("dana", "coordinator"), (session.Str("userName"), session.Str("role")));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/statements")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task SignIn_FiveWrongPasswords_LockTheAccountForFifteenMinutes(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await AddUserAsync(host, "erin");
        var client = host.Anonymous();

        for (int i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(client, "erin", "wrong password " + i)).StatusCode);
        using var locked = await SignInAsync(client, "erin", ApiHost.Password);
        host.Clock.Now += TimeSpan.FromMinutes(14);
        using var stillLocked = await SignInAsync(client, "erin", ApiHost.Password);
        host.Clock.Now += TimeSpan.FromMinutes(2);
        using var open = await SignInAsync(client, "erin", ApiHost.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("locked", (await locked.ReadAsync()).Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, stillLocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task SignIn_UnknownUserOrWrongPassword_SaySameThing(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await AddUserAsync(host, "frank");
        var client = host.Anonymous();

        var unknown = await (await SignInAsync(client, "nobody", ApiHost.Password)).ReadAsync();
        var wrong = await (await SignInAsync(client, "frank", "not the password")).ReadAsync();

        Assert.Equal(unknown.Str("detail"), wrong.Str("detail"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Token_Revoked_StopsWorking(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var (client, token) = await host.ClientWithTokenAsync(Role.Viewer, name: "gail");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/statements")).StatusCode);

        await using (var db = host.Db())
        {
            foreach (var t in await db.ApiTokens.ToListAsync()) t.RevokedAt = db.Now;
            await db.SaveChangesAsync();
            Assert.DoesNotContain(await db.ApiTokens.Select(t => t.Hash).ToListAsync(), h => h == token);
        }
        using var response = await client.GetAsync("/api/statements");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Token_OfADisabledUser_StopsWorking(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var client = await host.ClientAsync(Role.Coordinator, name: "hal");
        await using (var db = host.Db())
        {
            (await db.Users.SingleAsync()).Disabled = true;
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/statements")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Anonymous_ReadsOnlyWhenPublic_AndNeverWrites(string provider)
    {
        await using var closed = await ApiHost.StartAsync(provider);
        await using var open = await ApiHost.StartAsync(provider, isPublic: true);
        Seed seed;
        await using (var db = open.Db()) seed = await Seed.WriteAsync(db);

        Assert.Equal(HttpStatusCode.Unauthorized, (await closed.Anonymous().GetAsync("/api/commitments")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await open.Anonymous().GetAsync("/api/commitments")).StatusCode);
        using var write = await open.Anonymous().SendJsonAsync(HttpMethod.Patch, $"/api/commitments/{seed.Overdue}", new { status = "completed" }, "\"1\"");
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await open.Anonymous().GetAsync("/api/users")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Users_AdminAddsAUser_WithPasswordRulesChecked(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var admin = await host.ClientAsync(Role.Admin);

        using var weak = await admin.SendJsonAsync(HttpMethod.Post, "/api/users", new { userName = "ivy", password = "short", role = "viewer" });
        using var sameAsName = await admin.SendJsonAsync(HttpMethod.Post, "/api/users", new { userName = "ivy", password = "ivy-ivy-ivy-ivy", role = "viewer" });
        using var good = await admin.SendJsonAsync(HttpMethod.Post, "/api/users", new { userName = "ivy", password = ApiHost.Password, role = "viewer" });
        var listed = await admin.GetJsonAsync("/api/users");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.Created), (weak.StatusCode, sameAsName.StatusCode, good.StatusCode));
        Assert.Contains("12", (await weak.ReadAsync()).GetProperty("errors").GetProperty("password")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(listed.Items(), u => u.Str("userName") == "ivy");
        Assert.DoesNotContain("passwordHash", listed.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}

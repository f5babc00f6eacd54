using System.Net;
using Concord.Data.Accounts;
using Concord.Features.Accounts;
using Concord.Tests.Api;
using Concord.Tests.Pages;
using Concord.Web;

namespace Concord.Tests.Security;

/// <summary>The sign-in cookie: its flags, and how long it lasts (idle timeout, absolute lifetime) on the test clock.</summary>
public sealed class SessionTests
{
    static Dictionary<string, string> Credentials(string name) => new() { ["userName"] = name, ["password"] = ApiHost.Password };

    static async Task<PageResponse> SignInAsync(ApiHost host, PageClient browser, string name)
    {
        await using (var db = host.Db()) Assert.Null(await UserAccounts.AddAsync(db, name, ApiHost.Password, Role.Viewer, null));
        var signedIn = await browser.SubmitAsync(await browser.PageAsync("/signin"), "main form", Credentials(name));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        return signedIn;
    }

    static string Cookie(PageResponse response, string name) =>
        response.Message.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));

    [Fact]
    public async Task Cookies_AreHttpOnlyAndSameSite_AndNotSecureOverPlainHttp()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        using var browser = new PageClient(host);

        var form = await browser.PageAsync("/signin");
        var signedIn = await SignInAsync(host, browser, "an");

        string session = Cookie(signedIn, "concord").ToLowerInvariant();
        string antiforgery = Cookie(form, "concord.af").ToLowerInvariant();
        Assert.Contains("httponly", session, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", session, StringComparison.Ordinal);
        Assert.DoesNotContain("secure", session, StringComparison.Ordinal);
        Assert.DoesNotContain("expires", session, StringComparison.Ordinal); // ends with the browser, or the idle timeout
        Assert.Contains("httponly", antiforgery, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", antiforgery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cookies_AreSecure_WhenTheRequestIsHttps()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        await using (var db = host.Db()) Assert.Null(await UserAccounts.AddAsync(db, "binh", ApiHost.Password, Role.Viewer, null));
        var client = host.Anonymous();
        client.BaseAddress = new Uri("https://localhost/");

        using var response = await client.SendJsonAsync(HttpMethod.Post, "/api/session", new { userName = "binh", password = ApiHost.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("secure", response.Headers.GetValues("Set-Cookie").Single().ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cookies_AreSecure_OverPlainHttp_WithSecureCookies()
    {
        await using var host = await ApiHost.StartAsync("sqlite", secureCookies: true);
        await using (var db = host.Db()) Assert.Null(await UserAccounts.AddAsync(db, "chi", ApiHost.Password, Role.Viewer, null));
        var client = host.Anonymous();

        using var form = await client.GetAsync("/signin");
        using var signedIn = await client.SendJsonAsync(HttpMethod.Post, "/api/session", new { userName = "chi", password = ApiHost.Password });

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains("; secure", form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("concord.af=", StringComparison.Ordinal)).ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Contains("; secure", signedIn.Headers.GetValues("Set-Cookie").Single().ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Equal("max-age=31536000", form.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Session_EndsAfterThirtyIdleMinutes()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        using var browser = new PageClient(host);
        await SignInAsync(host, browser, "dung");

        host.Clock.Now += Sessions.IdleTimeout - TimeSpan.FromMinutes(1);
        var stillIn = await browser.GetAsync("/");
        host.Clock.Now += Sessions.IdleTimeout + TimeSpan.FromMinutes(1);
        var idle = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, stillIn.Status);
        Assert.Equal(HttpStatusCode.Redirect, idle.Status);
        Assert.StartsWith("/signin", idle.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_EndsTwelveHoursAfterSignIn_HoweverBusy_AndALanguageSwitchDoesNotExtendIt()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        using var browser = new PageClient(host);
        await SignInAsync(host, browser, "giang");

        var statuses = new List<(TimeSpan After, HttpStatusCode Status)>();
        var start = host.Clock.Now;
        for (int i = 1; i <= 40; i++)
        {
            host.Clock.Now = start + TimeSpan.FromMinutes(20 * i);
            if (i == 20)
            {
                var home = await browser.PageAsync("/");
                await browser.SubmitAsync(home, "form[action='/culture']", new Dictionary<string, string> { ["culture"] = "en" });
            }
            statuses.Add((host.Clock.Now - start, (await browser.GetAsync("/")).Status));
        }

        Assert.All(statuses.Where(s => s.After <= Sessions.AbsoluteLifetime), s => Assert.Equal(HttpStatusCode.OK, s.Status));
        Assert.All(statuses.Where(s => s.After > Sessions.AbsoluteLifetime), s => Assert.Equal(HttpStatusCode.Redirect, s.Status));
    }

    [Fact]
    public async Task SignOut_TheOldCookieNoLongerOpensTheApi_WhenTheUserIsDisabled()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        using var browser = new PageClient(host);
        await SignInAsync(host, browser, "hanh");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/session")).Status);

        await using (var db = host.Db())
        {
            db.Users.Single(u => u.UserName == "hanh").Disabled = true;
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/session")).Status);
    }
}

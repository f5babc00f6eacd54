using System.Net;
using System.Text;
using Concord.Data.Accounts;
using Concord.Features.Accounts;
using Concord.Tests.Api;
using Concord.Tests.Pages;
using Concord.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Concord.Tests.Security;

/// <summary>The security headers on every kind of answer, and logs that hold no password, token, cookie or session id.</summary>
public sealed class HeaderAndLogTests
{
    [Fact]
    public async Task SecurityHeaders_AreOnPages_Api_StaticFiles_AndErrors()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        var anonymous = host.Anonymous();
        var viewer = await host.ClientAsync(Role.Viewer);
        using var browser = await new PageClient(host).SignInAsync(Role.Viewer);

        var answers = new List<(string What, HttpResponseMessage Response)>
        {
            ("page", (await browser.GetAsync("/")).Message),
            ("sign-in page", await anonymous.GetAsync("/signin")),
            ("redirect to sign in", await anonymous.GetAsync("/timeline")),
            ("404 page", (await browser.GetAsync("/no/such/page")).Message),
            ("403 page", (await browser.GetAsync("/admin/users")).Message),
            ("400 page", (await browser.PostAsync("/signout", [])).Message),
            ("static file", await anonymous.GetAsync("/css/site.css")),
            ("api", await viewer.GetAsync("/api/statements")),
            ("api 401", await anonymous.GetAsync("/api/statements")),
            ("api 404", await viewer.GetAsync("/api/no-such-thing")),
            ("api 400", await viewer.GetAsync("/api/commitments?limit=x")),
            ("openapi", await anonymous.GetAsync("/openapi/v1.json")),
        };

        var wrong = new List<string>();
        foreach (var (what, response) in answers)
        {
            string Header(string name) => response.Headers.TryGetValues(name, out var v) ? string.Join(",", v) : "";
            if (Header("X-Content-Type-Options") != "nosniff") wrong.Add(what + ": X-Content-Type-Options");
            if (Header("X-Frame-Options") != "DENY") wrong.Add(what + ": X-Frame-Options");
            if (Header("Referrer-Policy") != "same-origin") wrong.Add(what + ": Referrer-Policy");
            if (Header("Content-Security-Policy") != SecurityHeaders.Policy) wrong.Add(what + ": Content-Security-Policy " + Header("Content-Security-Policy"));
            if (Header("Server").Length > 0 || Header("X-Powered-By").Length > 0) wrong.Add(what + ": names the server");
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.Policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", SecurityHeaders.Policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.Policy, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", SecurityHeaders.Policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorAnswers_GiveNoInternals()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        var viewer = await host.ClientAsync(Role.Viewer);

        using var bad = await viewer.SendJsonAsync(HttpMethod.Post, "/api/session", "{ not json");
        string body = await bad.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_HoldNoPasswordTokenCookieOrSessionId_EvenAtTrace()
    {
        var logs = new CapturedLogs();
        await using var host = await ApiHost.StartAsync("sqlite", configure: b =>
        {
            b.Logging.AddProvider(logs);
            b.Logging.SetMinimumLevel(LogLevel.Trace);
            b.Logging.AddFilter("Microsoft", LogLevel.Trace);
            b.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Trace);
            b.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Trace);
        });
        const string wrongPassword = "Sai-mat-khau-rat-dai-42";
        var (api, token) = await host.ClientWithTokenAsync(Role.Coordinator, name: "thu");
        await using (var db = host.Db()) Assert.Null(await UserAccounts.AddAsync(db, "nga", ApiHost.Password, Role.Viewer, null));

        // Sign-ins that work and that fail, through the API and the page; token use, good and revoked-looking.
        var anonymous = host.Anonymous();
        using var signedIn = await anonymous.PostAsync("/api/session", Json($"{{\"userName\":\"nga\",\"password\":\"{ApiHost.Password}\"}}"));
        string sessionCookie = signedIn.Headers.GetValues("Set-Cookie").Single().Split(';')[0].Split('=', 2)[1];
        await anonymous.PostAsync("/api/session", Json($"{{\"userName\":\"nga\",\"password\":\"{wrongPassword}\"}}"));
        using var browser = await new PageClient(host).SignInAsync(Role.Viewer, name: "hoa");
        await browser.SubmitAsync(await browser.PageAsync("/signin"), "main form", new Dictionary<string, string> { ["userName"] = "hoa", ["password"] = wrongPassword });
        await api.GetAsync("/api/statements");
        await api.GetAsync("/api/session");
        var forged = host.Anonymous();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", token + "x");
        await forged.GetAsync("/api/statements");
        var withCookie = host.Anonymous();
        withCookie.DefaultRequestHeaders.Add("Cookie", "concord=" + sessionCookie);
        await withCookie.GetAsync("/api/session");

        string all = string.Join("\n", logs.Entries);
        Assert.NotEmpty(logs.Entries);
        string[] secrets = [ApiHost.Password, wrongPassword, token, token[4..], sessionCookie[..Math.Min(40, sessionCookie.Length)]];
        foreach (string secret in secrets)
            Assert.False(all.Contains(secret, StringComparison.Ordinal), $"A log holds a secret ({secret[..6]}...):\n" + string.Join("\n", logs.Entries.Where(e => e.Contains(secret, StringComparison.Ordinal)).Take(3)));
        Assert.DoesNotContain("__RequestVerificationToken=", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Set-Cookie", all, StringComparison.OrdinalIgnoreCase);
    }

    static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}

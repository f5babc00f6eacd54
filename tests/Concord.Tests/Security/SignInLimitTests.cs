using System.Net;
using System.Text;
using Concord.Data.Accounts;
using Concord.Data.Tests;
using Concord.Features.Accounts;
using Concord.Tests.Api;
using Concord.Tests.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Concord.Tests.Security;

/// <summary>Sign-in attempts are limited per client address, on the API and the page alike.</summary>
public sealed class SignInLimitTests
{
    static StringContent Body(string user, string password) =>
        new("{\"userName\":\"" + user + "\",\"password\":\"" + password + "\"}", Encoding.UTF8, "application/json");

    [Fact]
    public async Task Api_PastTheLimit_Answers429WithRetryAfter_AndChecksNothing()
    {
        await using var host = await ApiHost.StartAsync("sqlite", signInsPerMinute: 3);
        await using (var db = host.Db()) Assert.Null(await UserAccounts.AddAsync(db, "lan", ApiHost.Password, Role.Viewer, null));
        var client = host.Anonymous();

        for (int i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/session", Body("lan", "wrong password " + i))).StatusCode);
        using var limited = await client.PostAsync("/api/session", Body("lan", ApiHost.Password));
        var problem = await limited.ReadAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 60 }, limited.Headers.RetryAfter?.ToString());
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many sign-in attempts", problem.Str("detail"), StringComparison.Ordinal);
        Assert.DoesNotContain("Set-Cookie", limited.Headers.Select(h => h.Key));
        // Reading is not limited.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/session")).StatusCode);
    }

    [Theory]
    [InlineData("en", "Too many sign-in attempts came from your address")]
    [InlineData("vi", "Có quá nhiều lần đăng nhập từ địa chỉ của bạn")]
    public async Task Page_PastTheLimit_SaysSoInTheReadersLanguage(string culture, string expected)
    {
        await using var host = await ApiHost.StartAsync("sqlite", signInsPerMinute: 2);
        using var browser = new PageClient(host).Culture(culture);

        PageResponse last = null!;
        for (int i = 0; i < 3; i++)
            last = await browser.SubmitAsync(await browser.PageAsync("/signin"), "main form",
                new Dictionary<string, string> { ["userName"] = "nobody", ["password"] = "wrong password " + i });

        Assert.Equal(HttpStatusCode.TooManyRequests, last.Status);
        Assert.NotNull(last.Message.Headers.RetryAfter);
        Assert.Contains(expected, last.Main, StringComparison.Ordinal);
        Assert.NotNull(last.Document.QuerySelector("main a[href='/signin']"));
    }

    [Fact]
    public async Task Limit_IsPerAddress()
    {
        await using var host = await ApiHost.StartAsync("sqlite", signInsPerMinute: 2);
        var server = host.App.GetTestServer();

        async Task<int> FromAsync(string address) => (await SignInFromAsync(server, address)).Response.StatusCode;

        int[] first = [await FromAsync("192.0.2.1"), await FromAsync("192.0.2.1"), await FromAsync("192.0.2.1")];
        int other = await FromAsync("192.0.2.2");

        Assert.Equal([false, false, true], first.Select(s => s == StatusCodes.Status429TooManyRequests));
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, other);
    }

    static Task<HttpContext> SignInFromAsync(TestServer server, string address, string? forwardedFor = null, string? forwardedProto = null) =>
        server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse(address);
            if (forwardedFor is not null) c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            if (forwardedProto is not null) c.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
            c.Request.Method = "POST";
            c.Request.Path = "/api/session";
            c.Request.ContentType = "application/json";
            byte[] body = Encoding.UTF8.GetBytes("{\"userName\":\"x1\",\"password\":\"not the password\"}");
            c.Request.ContentLength = body.Length;
            c.Request.Body = new MemoryStream(body);
        });

    [Fact]
    public async Task Limit_BehindATrustedProxy_CountsTheClientItNames()
    {
        await using var host = await ApiHost.StartAsync("sqlite", signInsPerMinute: 2, trustedProxies: [IPNetwork.Parse("10.0.0.0/8")]);
        var server = host.App.GetTestServer();

        // Two clients behind the proxy: the first is limited on its third attempt, the second is not.
        var first = new[]
        {
            await SignInFromAsync(server, "10.1.2.3", "198.51.100.7"), await SignInFromAsync(server, "10.1.2.3", "198.51.100.7"),
            await SignInFromAsync(server, "10.1.2.3", "198.51.100.7", "https"),
        };
        var second = await SignInFromAsync(server, "10.1.2.3", "198.51.100.8");
        // A client that forges the header before the proxy is still counted by the address the proxy saw.
        var forged = await SignInFromAsync(server, "10.1.2.3", "203.0.113.1, 198.51.100.7");

        Assert.Equal([false, false, true], first.Select(c => c.Response.StatusCode == StatusCodes.Status429TooManyRequests));
        Assert.Equal("198.51.100.7", first[0].Connection.RemoteIpAddress?.ToString());
        Assert.Equal("https", first[2].Request.Scheme);
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, second.Response.StatusCode);
        Assert.Equal(StatusCodes.Status429TooManyRequests, forged.Response.StatusCode);
    }

    [Fact]
    public async Task Limit_ForwardedHeadersFromAnyoneElse_AreIgnored()
    {
        await using var host = await ApiHost.StartAsync("sqlite", signInsPerMinute: 2, trustedProxies: [IPNetwork.Parse("10.0.0.0/8")]);
        var server = host.App.GetTestServer();

        // Not a trusted proxy: a new X-Forwarded-For on every attempt does not escape the limit.
        var attempts = new[]
        {
            await SignInFromAsync(server, "192.0.2.9", "198.51.100.1"), await SignInFromAsync(server, "192.0.2.9", "198.51.100.2"),
            await SignInFromAsync(server, "192.0.2.9", "198.51.100.3", "https"),
        };

        Assert.Equal([false, false, true], attempts.Select(c => c.Response.StatusCode == StatusCodes.Status429TooManyRequests));
        Assert.Equal("192.0.2.9", attempts[0].Connection.RemoteIpAddress?.ToString());
        Assert.Equal("http", attempts[2].Request.Scheme);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Lockout_AfterFiveFailures_RefusesEvenTheRightPassword_UntilItEnds(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await using (var db = host.Db()) Assert.Null(await UserAccounts.AddAsync(db, "mai", ApiHost.Password, Role.Viewer, null));
        var client = host.Anonymous();

        for (int i = 0; i < UserAccounts.MaxFailures - 1; i++) await client.PostAsync("/api/session", Body("mai", "wrong password " + i));
        using var fourth = await client.PostAsync("/api/session", Body("mai", ApiHost.Password));
        for (int i = 0; i < UserAccounts.MaxFailures; i++) await client.PostAsync("/api/session", Body("mai", "wrong password " + i));
        using var locked = await client.PostAsync("/api/session", Body("mai", ApiHost.Password));
        host.Clock.Now += UserAccounts.LockoutTime + TimeSpan.FromSeconds(1);
        using var after = await client.PostAsync("/api/session", Body("mai", ApiHost.Password));

        Assert.Equal(HttpStatusCode.OK, fourth.StatusCode); // four failures and a success reset the count
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}

using Microsoft.AspNetCore.Builder;
using System.Net.Http.Headers;
using Concord.Data;
using Concord.Data.Accounts;
using Concord.Data.Tests;
using Concord.Features.Accounts;
using Concord.Web;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Api;

/// <summary>The API on a test server over a fresh register (SQLite or PostgreSQL), on a fixed clock: 2026-06-15 noon UTC
/// unless told otherwise. Clients sign in with API tokens made directly in the register.</summary>
public sealed class ApiHost : IAsyncDisposable
{
    public const string Password = "correct horse battery";
    public static readonly DateTimeOffset DefaultNow = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    readonly TestRegister register;
    readonly WebApplication app;
    readonly List<HttpClient> clients = [];

    ApiHost(TestRegister register, WebApplication app, FixedClock clock)
    {
        this.register = register;
        this.app = app;
        Clock = clock;
    }

    public FixedClock Clock { get; }

    /// <summary>The app itself, for clients that need their own handler (the page tests keep cookies).</summary>
    public WebApplication App => app;

    public Concord.Data.Storage.RegisterStore Store => register.Store;

    /// <summary>Starts the app. Every test client comes from one address, so sign-ins are limited far above the default
    /// unless <paramref name="signInsPerMinute"/> says otherwise (the limit's own tests do).</summary>
    public static async Task<ApiHost> StartAsync(string provider, bool isPublic = false, DateTimeOffset? now = null, long maxUpload = ServeSettings.DefaultMaxUploadBytes,
        int signInsPerMinute = 1000, bool secureCookies = false, Action<WebApplicationBuilder>? configure = null,
        IReadOnlyList<System.Net.IPNetwork>? trustedProxies = null)
    {
        var clock = new FixedClock(now ?? DefaultNow);
        var register = await TestRegister.CreateAsync(provider, clock);
        var settings = new ServeSettings(Public: isPublic, MaxUploadBytes: maxUpload, SignInsPerMinute: signInsPerMinute, SecureCookies: secureCookies,
            TrustedProxies: trustedProxies);
        var app = ConcordApp.Build(settings, register.Store, clock, b =>
        {
            b.WebHost.UseTestServer();
            configure?.Invoke(b);
        });
        await app.StartAsync();
        return new ApiHost(register, app, clock);
    }

    /// <summary>A unit of work on the register, to arrange data or check what the API did.</summary>
    public RegisterDb Db() => register.Store.Open();

    public HttpClient Anonymous()
    {
        var client = app.GetTestClient();
        clients.Add(client);
        return client;
    }

    /// <summary>A client acting as a new user of <paramref name="role"/> (with a password of <see cref="Password"/>).</summary>
    public async Task<HttpClient> ClientAsync(Role role, int? agencyId = null, string? name = null)
    {
        var (client, _) = await ClientWithTokenAsync(role, agencyId, name);
        return client;
    }

    public async Task<(HttpClient Client, string Token)> ClientWithTokenAsync(Role role, int? agencyId = null, string? name = null)
    {
        name ??= Roles.Name(role) + "-" + Guid.NewGuid().ToString("N")[..6];
        await using var db = Db();
        string? refusal = await UserAccounts.AddAsync(db, name, Password, role, agencyId);
        Assert.Null(refusal);
        var user = await db.Users.SingleAsync(u => u.UserName == name);
        string token = await UserAccounts.CreateTokenAsync(db, user, "tests");
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (client, token);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var c in clients) c.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        await register.DisposeAsync();
    }
}

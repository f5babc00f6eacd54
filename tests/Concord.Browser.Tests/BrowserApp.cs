using Concord.Data.Accounts;
using Concord.Data.Storage;
using Concord.Data.Tests;
using Concord.Features.Accounts;
using Concord.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Concord.Browser.Tests;

/// <summary>The real app on Kestrel (127.0.0.1, a free port) over a fresh SQLite register, on a fixed clock, with one
/// user per role but agency editor, and one Debian Chromium driven by Playwright: one of each per collection of test
/// classes. Each test opens its own browser context (its own cookies) with <see cref="NewPageAsync"/>.</summary>
public class BrowserApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string Password = "correct horse battery";

    /// <summary>A day after the corpus statement's first deadlines, before its later ones.</summary>
    public static readonly DateTimeOffset Today = new(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);

    static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    TestRegister register = null!;
    WebApplication app = null!;
    IPlaywright playwright = null!;
    IBrowser browser = null!;

    readonly Dictionary<string, string> passwords = new(StringComparer.Ordinal);

    public BrowserApp() : this(Today) { }

    protected BrowserApp(DateTimeOffset today) => Clock = new FixedClock(today);

    public string BaseUrl { get; private set; } = "";
    public RegisterStore Store => register.Store;
    public FixedClock Clock { get; }

    /// <summary>Whether anyone may read without signing in (<c>--public</c>).</summary>
    protected virtual bool IsPublic => false;

    /// <summary>The password of a user the fixture made.</summary>
    public string PasswordOf(string user) => passwords[user];

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"The browser tests drive Debian's Chromium at {ChromiumPath}, which is not installed: run `apt-get install -y chromium` (.ci/run does it).");
        register = await TestRegister.CreateAsync("sqlite", Clock);
        foreach (var (user, password) in await ArrangeAsync(register.Store))
            passwords[user] = password;
        // Every test of a collection signs in from 127.0.0.1 within a minute or two: the per-address limit is raised.
        app = ConcordApp.Build(new ServeSettings("http://127.0.0.1:0", Public: IsPublic, SignInsPerMinute: 1000), register.Store, Clock);
        await app.StartAsync();
        BaseUrl = app.Urls.First().TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 30_000,
        });
    }

    /// <summary>Fills the register before the app starts; returns the users made and their passwords. By default
    /// "admin", "coordinator" and "viewer", all with <see cref="Password"/>.</summary>
    protected virtual async Task<IReadOnlyList<(string User, string Password)>> ArrangeAsync(RegisterStore store)
    {
        await using var db = store.Open();
        db.Actor = "tests";
        var users = new List<(string, string)>();
        foreach (var role in new[] { Role.Admin, Role.Coordinator, Role.Viewer })
        {
            Assert.Null(await UserAccounts.AddAsync(db, Roles.Name(role), Password, role, null));
            users.Add((Roles.Name(role), Password));
        }
        return users;
    }

    /// <summary>A page in a new browser context, signed in as <paramref name="user"/> when one is given (through
    /// <c>POST /api/session</c>, whose cookie the context keeps), <paramref name="width"/> pixels wide.</summary>
    public async Task<IPage> NewPageAsync(string? user = null, int width = 1280, int height = 900)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        // CI shares two cores between the test projects: give pages and assertions the same generous wait.
        context.SetDefaultTimeout(15_000);
        Assertions.SetDefaultExpectTimeout(15_000);
        if (user is not null)
            await Session.SignInAsync(context, user, PasswordOf(user));
        return await context.NewPageAsync();
    }

    /// <summary>A unit of work on the register, to arrange data or check what the pages did.</summary>
    public Data.RegisterDb Db() => register.Store.Open();

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        if (register is not null) await register.DisposeAsync();
    }
}

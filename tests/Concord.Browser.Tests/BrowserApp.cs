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
/// user per role, and one Debian Chromium driven by Playwright: one of each per test class. Each test opens its own
/// browser context (its own cookies) with <see cref="NewPageAsync"/>.</summary>
public sealed class BrowserApp : IAsyncLifetime
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

    public string BaseUrl { get; private set; } = "";
    public RegisterStore Store => register.Store;
    public FixedClock Clock { get; } = new(Today);

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"The browser tests drive Debian's Chromium at {ChromiumPath}, which is not installed: run `apt-get install -y chromium` (.ci/run does it).");
        register = await TestRegister.CreateAsync("sqlite", Clock);
        app = ConcordApp.Build(new ServeSettings("http://127.0.0.1:0"), register.Store, Clock);
        await app.StartAsync();
        BaseUrl = app.Urls.First().TrimEnd('/');
        await using (var db = register.Store.Open())
        {
            db.Actor = "tests";
            foreach (var role in Enum.GetValues<Role>().Where(r => r != Role.AgencyEditor))
                Assert.Null(await UserAccounts.AddAsync(db, UserName(role), Password, role, null));
        }
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 30_000,
        });
    }

    /// <summary>"admin", "coordinator", "viewer": the users made at start, all with <see cref="Password"/>.</summary>
    public static string UserName(Role role) => Roles.Name(role);

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
        context.SetDefaultTimeout(15_000);
        if (user is not null)
            await Session.SignInAsync(context, user, Password);
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

using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Tests;
using Concord.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Pages;

public sealed class LayoutTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Home_Anonymous_IsSentToSignIn(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        using var browser = new PageClient(host);

        var home = await browser.GetAsync("/statements/x?lang=en");

        Assert.Equal(HttpStatusCode.Redirect, home.Status);
        Assert.Equal("/signin?returnUrl=%2Fstatements%2Fx%3Flang%3Den", home.Location);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Home_AnonymousWithPublic_IsShown(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        using var browser = new PageClient(host);

        var home = await browser.PageAsync("/");

        Assert.NotNull(home.Document.QuerySelector("header a[href^='/signin']"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Layout_ByDefault_IsVietnameseWithLandmarksAndSkipLink(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        using var browser = new PageClient(host);

        var home = await browser.PageAsync("/");

        Assert.Equal("vi", home.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Trang chủ", home.Document.QuerySelector("nav a[href='/']")!.TextContent);
        Assert.Equal("page", home.Document.QuerySelector("nav a[href='/']")!.GetAttribute("aria-current"));
        Assert.Equal("#main", home.Document.QuerySelector("a.skip")!.GetAttribute("href"));
        Assert.NotNull(home.Document.QuerySelector("main#main"));
        Assert.NotNull(home.Document.QuerySelector("footer"));
        Assert.Contains("Trang chủ", home.Html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Layout_EnglishCookie_IsEnglish(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        using var browser = new PageClient(host).Culture("en");

        var home = await browser.PageAsync("/");

        Assert.Equal("en", home.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Home", home.Document.QuerySelector("nav a[href='/']")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Pages_SendSecurityHeaders_WithoutUnsafeInline(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        using var browser = new PageClient(host);

        var home = await browser.PageAsync("/");
        string csp = string.Join(";", home.Message.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", home.Message.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", home.Message.Headers.GetValues("Referrer-Policy").Single());
        Assert.Empty(home.Document.QuerySelectorAll("script:not([src]), style, [style]"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Stylesheet_LinkedWithVersion_IsServed(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        using var browser = new PageClient(host);

        var home = await browser.PageAsync("/");
        string href = home.Document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var css = await browser.GetAsync(href);

        Assert.StartsWith("/css/site.css?v=", href, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, css.Status);
        Assert.Equal("text/css", css.Message.Content.Headers.ContentType!.MediaType);
        Assert.Contains(":focus-visible", css.Html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task UnknownPage_ShowsNotFoundInTheLayout_InBothLanguages(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        using var vi = new PageClient(host);
        using var en = new PageClient(host).Culture("en");

        var viPage = await vi.GetAsync("/no/such/page");
        var enPage = await en.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, viPage.Status);
        Assert.Equal("Không tìm thấy trang", viPage.Document.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Page not found", enPage.Document.QuerySelector("main h1")!.TextContent);
        Assert.NotNull(enPage.Document.QuerySelector("header nav"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Api_StillAnswersProblems_NotPages(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        using var browser = new PageClient(host);

        var api = await browser.GetAsync("/api/statements");
        var missing = await browser.GetAsync("/api/no-such-thing");

        Assert.Equal(HttpStatusCode.Unauthorized, api.Status);
        Assert.Equal("application/problem+json", api.Message.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.DoesNotContain("<html", missing.Html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task CultureSwitch_SignedIn_SavesTheChoiceAndGoesBack(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        using var browser = await new PageClient(host).SignInAsync(Role.Viewer, name: "lan");
        var home = await browser.PageAsync("/search?q=x");

        var switched = await browser.SubmitAsync(home, "form.lang", new Dictionary<string, string> { ["culture"] = "en" });
        var after = await browser.FollowAsync(switched);
        await using var db = host.Db();

        Assert.Equal("/search?q=x", switched.Location);
        Assert.Equal("en", after.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", (await db.Users.SingleAsync(u => u.UserName == "lan")).Culture);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task CultureSwitch_Anonymous_SetsTheCookie_AndRefusesForeignReturnAddresses(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        using var browser = new PageClient(host);
        var home = await browser.PageAsync("/");

        var switched = await browser.SubmitAsync(home, "form.lang", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "https://evil.example/" });
        var after = await browser.PageAsync("/");

        Assert.Equal("/", switched.Location);
        Assert.Equal("en", after.Document.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Forms_PostedWithoutAntiforgeryToken_AreRefused(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        using var browser = new PageClient(host);

        var culture = await browser.PostAsync("/culture", [new("culture", "en"), new("returnUrl", "/")]);
        var signIn = await browser.PostAsync("/signin", [new("userName", "x"), new("password", "y")]);

        Assert.Equal(HttpStatusCode.BadRequest, culture.Status);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.Status);
        Assert.Null(browser.Cookies.GetCookies(new Uri("http://localhost/"))[".AspNetCore.Culture"]);
    }
}

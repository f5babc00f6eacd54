using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Tests;
using Concord.Features.Accounts;
using Concord.Tests.Api;

namespace Concord.Tests.Pages;

public sealed class SignInTests
{
    static async Task AddAsync(ApiHost host, string name, Role role = Role.Viewer)
    {
        await using var db = host.Db();
        Assert.Null(await UserAccounts.AddAsync(db, name, ApiHost.Password, role, null));
    }

    static Dictionary<string, string> Credentials(string name, string password) => new() { ["userName"] = name, ["password"] = password };

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task SignIn_RightPassword_GoesBackAndShowsTheName(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await AddAsync(host, "minh");
        using var browser = new PageClient(host);

        var redirected = await browser.GetAsync("/search");
        var form = await browser.PageAsync(redirected.Location!);
        var signedIn = await browser.SubmitAsync(form, "main form", Credentials("minh", ApiHost.Password));
        var search = await browser.FollowAsync(signedIn);

        Assert.Equal("/search", signedIn.Location);
        Assert.Contains("minh", search.Document.QuerySelector("header .user")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(search.Document.QuerySelector("header form[action='/signout']"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task SignIn_WrongPassword_SaysSoInEachLanguage_AndKeepsTheName(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await AddAsync(host, "hoa");
        using var vi = new PageClient(host);
        using var en = new PageClient(host).Culture("en");

        var viPage = await vi.SubmitAsync(await vi.PageAsync("/signin"), "main form", Credentials("hoa", "wrong password!"));
        var enPage = await en.SubmitAsync(await en.PageAsync("/signin"), "main form", Credentials("hoa", "wrong password!"));

        Assert.Equal(HttpStatusCode.Unauthorized, viPage.Status);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng", viPage.Main, StringComparison.Ordinal);
        Assert.Contains("The user name or the password is wrong", enPage.Main, StringComparison.Ordinal);
        Assert.Equal("hoa", enPage.Document.QuerySelector("#userName")!.GetAttribute("value"));
        Assert.Equal("", enPage.Document.QuerySelector("#password")!.GetAttribute("value") ?? "");
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task SignIn_FiveWrongPasswords_LockTheAccountLikeTheApi(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await AddAsync(host, "tuan");
        using var browser = new PageClient(host).Culture("en");

        for (int i = 0; i < 5; i++)
            await browser.SubmitAsync(await browser.PageAsync("/signin"), "main form", Credentials("tuan", "wrong password " + i));
        var locked = await browser.SubmitAsync(await browser.PageAsync("/signin"), "main form", Credentials("tuan", ApiHost.Password));
        var api = await host.Anonymous().PostAsync("/api/session",
            new StringContent("{\"userName\":\"tuan\",\"password\":\"" + ApiHost.Password + "\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, locked.Status);
        Assert.Contains("locked", locked.Main, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task SignIn_TheCookieAlsoOpensTheApi(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        using var browser = await new PageClient(host).SignInAsync(Role.Coordinator, name: "quang");

        var session = await browser.GetAsync("/api/session");

        Assert.Equal(HttpStatusCode.OK, session.Status);
        Assert.Contains("\"quang\"", session.Html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task SignIn_ForeignReturnAddress_GoesHome(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await AddAsync(host, "vy");
        using var browser = new PageClient(host);

        var form = await browser.PageAsync("/signin?returnUrl=" + Uri.EscapeDataString("//evil.example/x"));
        var signedIn = await browser.SubmitAsync(form, "main form", Credentials("vy", ApiHost.Password));

        Assert.Equal("/", signedIn.Location);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task SignOut_EndsTheSession(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        using var browser = await new PageClient(host).SignInAsync(Role.Viewer);
        var home = await browser.PageAsync("/");

        var signedOut = await browser.SubmitAsync(home, "header form[action='/signout']");
        var after = await browser.GetAsync("/");

        Assert.Equal("/", signedOut.Location);
        Assert.Equal(HttpStatusCode.Redirect, after.Status);
        Assert.StartsWith("/signin", after.Location, StringComparison.Ordinal);
    }
}

using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Tests;
using Concord.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Pages;

public sealed class AdminPageTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Users_Admin_AddsAUser_WhoCanThenSignIn(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await using (var db = host.Db()) await Seed.WriteAsync(db);
        using var admin = await new PageClient(host).Culture("en").SignInAsync(Role.Admin);
        var page = await admin.PageAsync("/admin/users");

        var added = await admin.SubmitAsync(page, "#add-user", new Dictionary<string, string>
        {
            ["UserName"] = "ngoc.anh", ["Password"] = "a long enough secret", ["Role"] = "viewer",
        });
        var list = await admin.FollowAsync(added);
        using var newcomer = new PageClient(host);
        var signedIn = await newcomer.SubmitAsync(await newcomer.PageAsync("/signin"), "main form",
            new Dictionary<string, string> { ["userName"] = "ngoc.anh", ["password"] = "a long enough secret" });

        Assert.Contains("Saved: ngoc.anh.", list.Main, StringComparison.Ordinal);
        Assert.Contains(list.Document.QuerySelectorAll("tbody th"), th => th.TextContent == "ngoc.anh");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Users_ShortPassword_IsRefusedAndTheNameKept(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        using var admin = await new PageClient(host).SignInAsync(Role.Admin);
        var page = await admin.PageAsync("/admin/users");

        var refused = await admin.SubmitAsync(page, "#add-user", new Dictionary<string, string>
        {
            ["UserName"] = "short", ["Password"] = "short", ["Role"] = "viewer",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("12", refused.Document.QuerySelector(".notice.error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("short", refused.Document.QuerySelector("#new-name")!.GetAttribute("value"));
        await using var db = host.Db();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "short"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Users_Admin_DisablesAndMakesAnAgencyEditor(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        using var target = await new PageClient(host).SignInAsync(Role.Viewer, name: "khanh");
        using var admin = await new PageClient(host).SignInAsync(Role.Admin);
        var page = await admin.PageAsync("/admin/users");

        var saved = await admin.SubmitAsync(page, "#u-khanh", new Dictionary<string, string>
        {
            ["Role"] = "agency-editor", ["AgencyId"] = seed.AgencyA.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Disabled"] = "true",
        });
        var shut = await target.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        await using var check = host.Db();
        var user = await check.Users.SingleAsync(u => u.UserName == "khanh");
        Assert.Equal((Role.AgencyEditor, seed.AgencyA, true), (user.Role, user.AgencyId, user.Disabled));
        Assert.StartsWith("/signin", shut.Location, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Users_Coordinator_IsRefused_ButSeesAgencies(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        using var coordinator = await new PageClient(host).Culture("en").SignInAsync(Role.Coordinator);
        using var viewer = await new PageClient(host).Culture("en").SignInAsync(Role.Viewer);

        var users = await coordinator.GetAsync("/admin/users");
        var agencies = await coordinator.GetAsync("/admin/agencies");
        var viewerAgencies = await viewer.GetAsync("/admin/agencies");

        Assert.Equal(HttpStatusCode.Forbidden, users.Status);
        Assert.Equal("Not allowed", users.Document.QuerySelector("main h1")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, agencies.Status);
        Assert.Equal(HttpStatusCode.Forbidden, viewerAgencies.Status);
        Assert.Null(viewerAgencies.Document.QuerySelector("nav a[href='/admin']"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Agencies_Coordinator_AddsAndEdits_InVietnamese(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        using var coordinator = await new PageClient(host).SignInAsync(Role.Coordinator);
        var page = await coordinator.PageAsync("/admin/agencies");

        var added = await coordinator.SubmitAsync(page, "#add-agency", new Dictionary<string, string>
        {
            ["NameVi"] = "Bộ Kế hoạch và Đầu tư", ["NameEn"] = "Ministry of Planning and Investment", ["Acronym"] = "MPI", ["Country"] = "Việt Nam",
        });
        var list = await coordinator.FollowAsync(added);
        int id;
        await using (var db = host.Db()) id = (await db.Agencies.SingleAsync()).Id;
        var edited = await coordinator.SubmitAsync(list, $"#a-{id}", new Dictionary<string, string> { ["NameEn"] = "Ministry of Finance" });

        Assert.Contains("Đã lưu cơ quan", list.Main, StringComparison.Ordinal);
        Assert.Contains("Bộ Kế hoạch và Đầu tư", list.Document.QuerySelector("details summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, edited.Status);
        await using var check = host.Db();
        Assert.Equal(("Bộ Kế hoạch và Đầu tư", "Ministry of Finance"), await check.Agencies.Select(a => ValueTuple.Create(a.NameVi, a.NameEn)).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Agencies_StaleEdit_KeepsWhatWasTyped(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        using var coordinator = await new PageClient(host).Culture("en").SignInAsync(Role.Coordinator);
        var page = await coordinator.PageAsync("/admin/agencies");
        await using (var db = host.Db())
        {
            (await db.Agencies.SingleAsync(a => a.Id == seed.AgencyA)).Acronym = "MoP";
            await db.SaveChangesAsync();
        }

        var stale = await coordinator.SubmitAsync(page, $"#a-{seed.AgencyA}", new Dictionary<string, string> { ["NameEn"] = "Ministry of Harbours" });

        Assert.Equal(HttpStatusCode.BadRequest, stale.Status);
        Assert.Contains("Someone changed this agency", stale.Main, StringComparison.Ordinal);
        Assert.Equal("Ministry of Harbours", stale.Document.QuerySelector($"#a-{seed.AgencyA}-en")!.GetAttribute("value"));
        await using var check = host.Db();
        Assert.Equal("Ministry of Ports", (await check.Agencies.SingleAsync(a => a.Id == seed.AgencyA)).NameEn);
    }
}

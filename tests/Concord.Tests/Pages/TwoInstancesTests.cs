using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Storage;
using Concord.Data.Tests;
using Concord.Tests.Api;
using Concord.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Pages;

/// <summary>Two <c>concord serve</c> on one register behind a balancer without sticky sessions: a sign-in, a form
/// and a kept page work whichever instance answers, because the key ring lives in the register.</summary>
public sealed class TwoInstancesTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task SignIn_OnOneInstance_IsASessionOnTheOther(string provider)
    {
        var (host, _) = await RegistersPageTests.StartAsync(provider, isPublic: false);
        await using var _h = host;
        await using var other = await StartOtherAsync(host);
        using var onA = await new PageClient(host).Culture("en").SignInAsync(Role.Viewer, name: "reader-a");
        using var onB = new PageClient(host, other.GetTestServer().CreateHandler());
        foreach (Cookie cookie in onA.Cookies.GetAllCookies()) onB.Cookies.Add(cookie);

        var home = await onB.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("reader-a", home.Document.QuerySelector(".user")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Forms_BehindABalancer_AreTakenByWhicheverInstanceAnswers(string provider)
    {
        var (host, sample) = await RegistersPageTests.StartAsync(provider, isPublic: false);
        await using var _h = host;
        await using var other = await StartOtherAsync(host);
        using var balancer = new Balancer(host.App.GetTestServer().CreateHandler(), other.GetTestServer().CreateHandler());
        using var browser = new PageClient(host, balancer).Culture("en");

        await browser.SignInAsync(Role.Coordinator, name: "desk");
        var page = await browser.PageAsync($"/mechanisms/{sample.Committee}");
        var posted = await browser.SubmitAsync(page, "#meeting-form", new Dictionary<string, string>
        {
            ["Form.Date"] = "2026-06-01",
            ["Form.Place"] = "Hải Phòng",
            ["Form.Note"] = "Phiên họp thứ hai.",
        });
        var after = await browser.FollowAsync(posted);

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        Assert.Contains("Hải Phòng", after.Document.QuerySelector("#meeting-table tbody tr")!.TextContent, StringComparison.Ordinal);
        // The sign-in form and the meeting form were each given by one instance and taken by the other.
        Assert.Equal([0, 1, 0, 1, 0], balancer.Answered);
        await using var db = host.Db();
        Assert.True(await db.Meetings.AnyAsync(m => m.MechanismId == sample.Committee && m.Place == "Hải Phòng"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task KeptAgenciesPage_OnOneInstance_AfterAnUpdateThroughTheOther_ShowsTheUpdate(string provider)
    {
        var (host, sample) = await RegistersPageTests.StartAsync(provider, isPublic: true);
        await using var _h = host;
        await using var other = await StartOtherAsync(host, isPublic: true);
        using var onB = new PageClient(host, other.GetTestServer().CreateHandler()).Culture("en");
        Assert.Equal(["status-not-started"], await StatusChipsAsync(onB, "Ministry of Ports"));
        Assert.Equal(["status-not-started"], await StatusChipsAsync(onB, "Ministry of Ports"));
        var onA = await host.ClientAsync(Role.Coordinator);

        using var read = await onA.GetAsync($"/api/commitments/{sample.Seed.Overdue}");
        using var patch = await onA.SendJsonAsync(HttpMethod.Patch, $"/api/commitments/{sample.Seed.Overdue}", new { status = "completed" }, read.ETag());

        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal(["status-completed"], await StatusChipsAsync(onB, "Ministry of Ports"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task KeyRing_IsKeptInTheRegister_SoASessionOutlivesEveryInstanceThatGaveIt(string provider)
    {
        var (host, _) = await RegistersPageTests.StartAsync(provider, isPublic: false);
        await using var _h = host;
        using var onA = await new PageClient(host).SignInAsync(Role.Viewer, name: "reader-a");
        await using (var db = host.Db())
            Assert.Contains(RegisterKeys.ReadAll(db), xml => xml.StartsWith("<key ", StringComparison.Ordinal));

        await using var later = await StartOtherAsync(host);
        using var onLater = new PageClient(host, later.GetTestServer().CreateHandler());
        foreach (Cookie cookie in onA.Cookies.GetAllCookies()) onLater.Cookies.Add(cookie);

        Assert.Equal(HttpStatusCode.OK, (await onLater.GetAsync("/")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await new PageClient(host, later.GetTestServer().CreateHandler()).GetAsync("/")).Status);
    }

    static async Task<WebApplication> StartOtherAsync(ApiHost host, bool isPublic = false)
    {
        var app = ConcordApp.Build(new ServeSettings(Public: isPublic), host.Store, host.Clock, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        return app;
    }

    static async Task<string[]> StatusChipsAsync(PageClient browser, string agency)
    {
        var page = await browser.PageAsync("/agencies");
        var row = page.Document.QuerySelectorAll("main tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains(agency, StringComparison.Ordinal));
        return [.. row.QuerySelectorAll(".chip").Select(c => c.ClassList.Single(n => n.StartsWith("status-", StringComparison.Ordinal)))];
    }
}

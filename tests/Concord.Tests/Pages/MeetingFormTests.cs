using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Tests;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Pages;

public sealed class MeetingFormTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task RecordMeeting_AsCoordinator_SavesIt_AndTheMechanismIsNoLongerLapsed(string provider)
    {
        var (host, sample) = await RegistersPageTests.StartAsync(provider, isPublic: false);
        await using var _h = host;
        using var browser = await new PageClient(host).Culture("en").SignInAsync(Role.Coordinator, name: "desk");
        // Read first, so that what these pages keep from the register is there before the meeting is recorded.
        Assert.Contains("1 not met within their cadence", (await browser.PageAsync("/registers")).Main, StringComparison.Ordinal);
        Assert.Single((await browser.PageAsync("/mechanisms")).Document.QuerySelectorAll("#mechanisms .chip.overdue"));
        var page = await browser.PageAsync($"/mechanisms/{sample.Committee}");

        var posted = await browser.SubmitAsync(page, "#meeting-form", new Dictionary<string, string>
        {
            ["Form.Date"] = "2026-06-01",
            ["Form.Place"] = "Hà Nội",
            ["Form.Note"] = "Second session: berth plans agreed.",
        });
        var after = await browser.FollowAsync(posted);

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        Assert.Equal($"/mechanisms/{sample.Committee}?saved=meeting#meetings", posted.Location);
        Assert.Contains("The meeting was recorded.", after.Main, StringComparison.Ordinal);
        var first = after.Document.QuerySelector("#meeting-table tbody tr")!.TextContent;
        Assert.Contains("6/1/2026", first, StringComparison.Ordinal);
        Assert.Contains("Hà Nội", first, StringComparison.Ordinal);
        Assert.Null(after.Document.QuerySelector("main .chip.overdue"));
        Assert.Contains("6/1/2027", after.Document.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("not met within their cadence", (await browser.PageAsync("/registers")).Main, StringComparison.Ordinal);
        Assert.Empty((await browser.PageAsync("/mechanisms")).Document.QuerySelectorAll("#mechanisms .chip.overdue"));
        await using var db = host.Db();
        var saved = await db.Meetings.SingleAsync(m => m.MechanismId == sample.Committee && m.Date == new DateOnly(2026, 6, 1));
        Assert.Equal(("Hà Nội", "Second session: berth plans agreed."), (saved.Place, saved.Note));
        Assert.True(await db.Changes.AnyAsync(c => c.Entity == "Meeting" && c.Actor == "desk"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task RecordMeeting_WithoutADate_SaysWhyInVietnamese_AndKeepsWhatWasTyped(string provider)
    {
        var (host, sample) = await RegistersPageTests.StartAsync(provider, isPublic: false);
        await using var _h = host;
        using var browser = await new PageClient(host).SignInAsync(Role.Admin);
        var page = await browser.PageAsync($"/mechanisms/{sample.Committee}");

        var refused = await browser.SubmitAsync(page, "#meeting-form", new Dictionary<string, string>
        {
            ["Form.Date"] = "",
            ["Form.Place"] = "Đà Nẵng",
            ["Form.Note"] = "Phiên họp thứ hai.",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("Hãy nhập ngày họp", refused.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Đà Nẵng", refused.Document.QuerySelector("#meeting-place")!.GetAttribute("value"));
        Assert.Equal("Phiên họp thứ hai.", refused.Document.QuerySelector("#meeting-note")!.TextContent);
        await using var db = host.Db();
        Assert.Equal(1, await db.Meetings.CountAsync(m => m.MechanismId == sample.Committee));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task RecordMeeting_TooLongAPlace_IsRefusedByTheApisRule_InEnglish(string provider)
    {
        var (host, sample) = await RegistersPageTests.StartAsync(provider, isPublic: false);
        await using var _h = host;
        using var browser = await new PageClient(host).Culture("en").SignInAsync(Role.Coordinator);
        var page = await browser.PageAsync($"/mechanisms/{sample.Committee}");

        var refused = await browser.SubmitAsync(page, "#meeting-form", new Dictionary<string, string>
        {
            ["Form.Date"] = "2026-06-01",
            ["Form.Place"] = new string('x', 301),
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("The place may have at most 300 characters.", refused.Main, StringComparison.Ordinal);
        Assert.Equal("2026-06-01", refused.Document.QuerySelector("#meeting-date")!.GetAttribute("value"));
        await using var db = host.Db();
        Assert.Equal(1, await db.Meetings.CountAsync(m => m.MechanismId == sample.Committee));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task RecordMeeting_ByAViewerOrAnAgencyEditor_IsRefused(string provider)
    {
        var (host, sample) = await RegistersPageTests.StartAsync(provider, isPublic: false);
        await using var _h = host;
        using var viewer = await new PageClient(host).SignInAsync(Role.Viewer);
        using var editor = await new PageClient(host).SignInAsync(Role.AgencyEditor, sample.Seed.AgencyA);
        string url = $"/mechanisms/{sample.Committee}";
        var viewerPage = await viewer.PageAsync(url);
        var editorPage = await editor.PageAsync(url);

        var forged = await editor.PostAsync($"{url}?handler=Meeting", [new("Form.Date", "2026-06-01"), new("Form.Place", "not mine"),
            new("__RequestVerificationToken", editorPage.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]);
        var forgedByViewer = await viewer.PostAsync($"{url}?handler=Meeting", [new("Form.Date", "2026-06-01"),
            new("__RequestVerificationToken", viewerPage.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]);

        Assert.Null(viewerPage.Document.QuerySelector("#meeting-form"));
        Assert.Null(editorPage.Document.QuerySelector("#meeting-form"));
        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        Assert.Equal(HttpStatusCode.Forbidden, forgedByViewer.Status);
        await using var db = host.Db();
        Assert.Equal(1, await db.Meetings.CountAsync(m => m.MechanismId == sample.Committee));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task RecordMeeting_WithoutAntiforgeryToken_IsRefused(string provider)
    {
        var (host, sample) = await RegistersPageTests.StartAsync(provider, isPublic: false);
        await using var _h = host;
        using var browser = await new PageClient(host).SignInAsync(Role.Coordinator);

        var posted = await browser.PostAsync($"/mechanisms/{sample.Committee}?handler=Meeting", [new("Form.Date", "2026-06-01")]);

        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        await using var db = host.Db();
        Assert.Equal(1, await db.Meetings.CountAsync(m => m.MechanismId == sample.Committee));
    }
}

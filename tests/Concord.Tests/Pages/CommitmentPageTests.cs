using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Register;
using Concord.Data.Tests;
using Concord.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Pages;

public sealed class CommitmentPageTests
{
    static async Task<(ApiHost Host, Seed Seed)> StartAsync(string provider, bool isPublic = false)
    {
        var host = await ApiHost.StartAsync(provider, isPublic);
        await using var db = host.Db();
        return (host, await Seed.WriteAsync(db));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Commitment_ShowsTheClauseMarked_TheDeadlineAndTheParties(string provider)
    {
        var (host, seed) = await StartAsync(provider, isPublic: true);
        await using var _ = host;
        using var en = new PageClient(host).Culture("en");
        using var vi = new PageClient(host);

        var page = await en.PageAsync($"/commitments/{seed.Overdue}");
        var viPage = await vi.PageAsync($"/commitments/{seed.Overdue}");

        Assert.Equal("set up a joint ports committee", page.Document.QuerySelector("main h1")!.TextContent);
        Assert.Equal("1. Cảng bi", page.Document.QuerySelector("section[lang=vi] mark")!.TextContent);
        Assert.Contains("Overdue", page.Document.QuerySelector("main .chips")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("“by May 2026”", page.Main, StringComparison.Ordinal);
        Assert.Contains("Ministry of Ports", page.Main, StringComparison.Ordinal);
        Assert.Contains("Bộ Cảng biển", viPage.Main, StringComparison.Ordinal);
        Assert.Contains("Quá hạn", viPage.Main, StringComparison.Ordinal);
        Assert.Equal(2, page.Document.QuerySelectorAll("main table")[0].QuerySelectorAll("tbody tr").Length);
        Assert.Null(page.Document.QuerySelector("#update-form")); // anonymous: reading only
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Commitment_WithMeasuredTarget_DrawsItsChartInThePagesLanguage(string provider)
    {
        var (host, seed) = await StartAsync(provider, isPublic: true);
        await using var _ = host;
        await using (var db = host.Db())
        {
            var target = new Target { CommitmentId = seed.Overdue, Metric = "berths <built>", Unit = "berths", Value = 12_000, Baseline = 0,
                BaselineDate = new DateOnly(2025, 1, 1), DueDate = new DateOnly(2027, 12, 31) };
            target.Measurements.Add(new Measurement { Date = new DateOnly(2025, 12, 31), Value = 4_500, Source = "ministry report" });
            db.Targets.Add(target);
            await db.SaveChangesAsync();
        }
        using var en = new PageClient(host).Culture("en");
        using var vi = new PageClient(host);

        var page = await en.PageAsync($"/commitments/{seed.Overdue}");
        var viPage = await vi.PageAsync($"/commitments/{seed.Overdue}");

        var chart = page.Document.QuerySelector("main .target-chart svg");
        Assert.NotNull(chart);
        Assert.Equal("Measured values of berths <built>", chart.QuerySelector("title")!.TextContent);
        Assert.Contains("Pace needed", chart.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<built>", page.Document.QuerySelector("main .target-chart")!.InnerHtml, StringComparison.Ordinal);
        var viChart = viPage.Document.QuerySelector("main .target-chart svg");
        Assert.NotNull(viChart);
        Assert.Contains("Nhịp độ cần có", viChart.TextContent, StringComparison.Ordinal);
        Assert.Contains("4.500", viChart.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task PostUpdate_AsAgencyEditor_SavesItWithEvidence_AndMovesTheStatus(string provider)
    {
        var (host, seed) = await StartAsync(provider);
        await using var _ = host;
        using var browser = await new PageClient(host).Culture("en").SignInAsync(Role.AgencyEditor, seed.AgencyA, "ports-editor");
        var page = await browser.PageAsync($"/commitments/{seed.Overdue}");

        var posted = await browser.SubmitAsync(page, "#update-form", new Dictionary<string, string>
        {
            ["UpdateForm.Text"] = "The committee met for the first time.",
            ["UpdateForm.Status"] = "in-progress",
            ["UpdateForm.EvidenceTitle"] = "Minutes",
            ["UpdateForm.EvidenceUrl"] = "https://ports.example/minutes",
        });
        var after = await browser.FollowAsync(posted);

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        Assert.Contains("Your update was saved", after.Main, StringComparison.Ordinal);
        Assert.Contains("The committee met for the first time.", after.Document.QuerySelector("ol.updates")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://ports.example/minutes", after.Document.QuerySelector("ol.updates a")!.GetAttribute("href"));
        await using var db = host.Db();
        Assert.Equal(CommitmentStatus.InProgress, (await db.Commitments.SingleAsync(c => c.Id == seed.Overdue)).Status);
        Assert.Equal("ports-editor", (await db.Updates.SingleAsync()).Author);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task PostUpdate_WithAFile_KeepsItAsEvidence(string provider)
    {
        var (host, seed) = await StartAsync(provider);
        await using var _ = host;
        using var browser = await new PageClient(host).SignInAsync(Role.Coordinator);
        var page = await browser.PageAsync($"/commitments/{seed.DueSoon}");
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in PageClient.Fields(page.Form("#update-form")).Where(f => f.Key != "UpdateForm.Text"))
            form.Add(new StringContent(value), name);
        form.Add(new StringContent("Training began."), "UpdateForm.Text");
        var file = new ByteArrayContent("Attendance: 120 engineers"u8.ToArray());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        form.Add(file, "UpdateForm.EvidenceFile", "attendance.txt");

        var posted = await browser.PostAsync(page.Form("#update-form").GetAttribute("action")!, form);
        var after = await browser.FollowAsync(posted);
        string download = after.Document.QuerySelector("ol.updates a[href^='/api/evidence/']")!.GetAttribute("href")!;
        var content = await browser.GetAsync(download);

        Assert.Equal("Attendance: 120 engineers", content.Html);
        Assert.Contains("attendance.txt", after.Main, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task PostUpdate_AfterSomeoneElseChangedIt_SaysSoAndKeepsWhatWasTyped(string provider)
    {
        var (host, seed) = await StartAsync(provider);
        await using var _ = host;
        using var browser = await new PageClient(host).Culture("en").SignInAsync(Role.Coordinator);
        var page = await browser.PageAsync($"/commitments/{seed.Overdue}");
        await using (var db = host.Db())
        {
            (await db.Commitments.SingleAsync(c => c.Id == seed.Overdue)).Text = "set up a joint committee on ports";
            await db.SaveChangesAsync();
        }

        var stale = await browser.SubmitAsync(page, "#update-form", new Dictionary<string, string>
        {
            ["UpdateForm.Text"] = "Terms of reference drafted; nothing else yet.",
            ["UpdateForm.EvidenceUrl"] = "https://ports.example/tor",
        });

        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("Someone changed this commitment", stale.Main, StringComparison.Ordinal);
        Assert.Equal("Terms of reference drafted; nothing else yet.", stale.Document.QuerySelector("#update-text")!.TextContent);
        Assert.Equal("https://ports.example/tor", stale.Document.QuerySelector("#update-url")!.GetAttribute("value"));
        Assert.Equal("set up a joint committee on ports", stale.Document.QuerySelector("main h1")!.TextContent);
        await using (var db = host.Db()) Assert.Equal(0, await db.Updates.CountAsync());

        var again = await browser.SubmitAsync(stale, "#update-form");
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task PostUpdate_BadInput_SaysWhyInTheChosenLanguage_AndSavesNothing(string provider)
    {
        var (host, seed) = await StartAsync(provider);
        await using var _ = host;
        using var browser = await new PageClient(host).SignInAsync(Role.Coordinator);
        var page = await browser.PageAsync($"/commitments/{seed.Overdue}");

        var refused = await browser.SubmitAsync(page, "#update-form", new Dictionary<string, string>
        {
            ["UpdateForm.Text"] = "Đã họp lần đầu.",
            ["UpdateForm.EvidenceUrl"] = "javascript:alert(1)",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("Đường dẫn phải là địa chỉ web đầy đủ", refused.Main, StringComparison.Ordinal);
        Assert.Equal("Đã họp lần đầu.", refused.Document.QuerySelector("#update-text")!.TextContent);
        await using var db = host.Db();
        Assert.Equal(0, await db.Updates.CountAsync());
    }

    [Theory]
    [InlineData("vi", "Ngày 20/06/2026 nằm trong tương lai; cập nhật chỉ báo cáo những gì đã diễn ra đến hôm nay (15/06/2026).")]
    [InlineData("en", "The date 2026-06-20 is in the future; an update reports what has happened by today (2026-06-15).")]
    public async Task PostUpdate_DatedInTheFuture_IsRefusedInTheChosenLanguage(string culture, string message)
    {
        var (host, seed) = await StartAsync("sqlite");
        await using var _ = host;
        using var browser = await new PageClient(host).Culture(culture).SignInAsync(Role.Coordinator);
        var page = await browser.PageAsync($"/commitments/{seed.Overdue}");

        var refused = await browser.SubmitAsync(page, "#update-form", new Dictionary<string, string>
        {
            ["UpdateForm.Date"] = "2026-06-20",
            ["UpdateForm.Text"] = "Kế hoạch họp tuần tới.",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains(message, refused.Main, StringComparison.Ordinal);
        await using var db = host.Db();
        Assert.Equal(0, await db.Updates.CountAsync());
    }

    [Theory]
    [InlineData("vi", "Thời hạn không thể kết thúc (01/03/2026) trước khi bắt đầu (31/12/2026).")]
    [InlineData("en", "The deadline cannot end (2026-03-01) before it starts (2026-12-31).")]
    public async Task Edit_DeadlineEndingBeforeItStarts_IsRefusedInTheChosenLanguage(string culture, string message)
    {
        var (host, seed) = await StartAsync("sqlite");
        await using var _ = host;
        using var browser = await new PageClient(host).Culture(culture).SignInAsync(Role.Coordinator);
        var page = await browser.PageAsync($"/commitments/{seed.DueSoon}");

        var refused = await browser.SubmitAsync(page, "#edit-form", new Dictionary<string, string>
        {
            ["EditForm.DeadlineStart"] = "2026-12-31",
            ["EditForm.DeadlineEnd"] = "2026-03-01",
        });

        Assert.Contains(message, refused.Main, StringComparison.Ordinal);
        await using var db = host.Db();
        Assert.Equal(new DateOnly(2026, 7, 1), (await db.Commitments.SingleAsync(x => x.Id == seed.DueSoon)).DeadlineEnd);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task PostUpdate_ScriptInTheText_IsShownAsText(string provider)
    {
        var (host, seed) = await StartAsync(provider);
        await using var _ = host;
        using var browser = await new PageClient(host).SignInAsync(Role.Coordinator);
        var page = await browser.PageAsync($"/commitments/{seed.Overdue}");

        var posted = await browser.SubmitAsync(page, "#update-form", new Dictionary<string, string> { ["UpdateForm.Text"] = "<script>alert('update')</script>" });
        var after = await browser.FollowAsync(posted);

        Assert.DoesNotContain("<script>alert('update')", after.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", after.Html, StringComparison.Ordinal);
        Assert.Empty(after.Document.QuerySelectorAll("main script"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task PostUpdate_ByOthers_IsRefused(string provider)
    {
        var (host, seed) = await StartAsync(provider, isPublic: true);
        await using var _ = host;
        using var viewer = await new PageClient(host).SignInAsync(Role.Viewer);
        using var otherAgency = await new PageClient(host).SignInAsync(Role.AgencyEditor, seed.AgencyN);
        using var anonymous = new PageClient(host);
        var viewerPage = await viewer.PageAsync($"/commitments/{seed.Overdue}");
        var editorPage = await otherAgency.PageAsync($"/commitments/{seed.Overdue}");
        var token = editorPage.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var forged = await otherAgency.PostAsync($"/commitments/{seed.Overdue}?handler=Update",
            [new("UpdateForm.Version", "1"), new("UpdateForm.Text", "not mine"), new("__RequestVerificationToken", token)]);
        var anonymousPost = await anonymous.SubmitAsync(await anonymous.PageAsync($"/commitments/{seed.Overdue}"), "form.lang");

        Assert.Null(viewerPage.Document.QuerySelector("#update-form"));
        Assert.Null(editorPage.Document.QuerySelector("#update-form"));
        Assert.Null(editorPage.Document.QuerySelector("#edit-form"));
        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        Assert.Equal(HttpStatusCode.Redirect, anonymousPost.Status);
        await using var db = host.Db();
        Assert.Equal(0, await db.Updates.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task PostUpdate_WithoutAntiforgeryToken_IsRefused(string provider)
    {
        var (host, seed) = await StartAsync(provider);
        await using var _ = host;
        using var browser = await new PageClient(host).SignInAsync(Role.Coordinator);

        var posted = await browser.PostAsync($"/commitments/{seed.Overdue}?handler=Update", [new("UpdateForm.Version", "1"), new("UpdateForm.Text", "forged")]);

        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        await using var db = host.Db();
        Assert.Equal(0, await db.Updates.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Edit_AsCoordinator_AssignsAnAgencyAndSetsTheDeadline(string provider)
    {
        var (host, seed) = await StartAsync(provider);
        await using var _ = host;
        using var browser = await new PageClient(host).Culture("en").SignInAsync(Role.Coordinator);
        var page = await browser.PageAsync($"/commitments/{seed.DueSoon}");
        var newRow = page.Document.QuerySelectorAll("#edit-form .assignment").Length - 1;

        var posted = await browser.SubmitAsync(page, "#edit-form", new Dictionary<string, string>
        {
            ["EditForm.Status"] = "stalled",
            ["EditForm.DeadlineEnd"] = "2026-12-31",
            ["EditForm.DeadlinePrecision"] = "year",
            [$"EditForm.Agencies[{newRow}].AgencyId"] = seed.AgencyA.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"EditForm.Agencies[{newRow}].Role"] = "support",
        });
        var after = await browser.FollowAsync(posted);

        Assert.Contains("Your changes were saved", after.Main, StringComparison.Ordinal);
        await using var db = host.Db();
        var c = await db.Commitments.Include(x => x.Agencies).Include(x => x.Parties).SingleAsync(x => x.Id == seed.DueSoon);
        Assert.Equal(CommitmentStatus.Stalled, c.Status);
        Assert.Equal(new DateOnly(2026, 12, 31), c.DeadlineEnd);
        Assert.Contains(c.Agencies, a => a.AgencyId == seed.AgencyA && a.Role == "support" && a.Party == Seed.PartyA);
        Assert.Contains(c.Agencies, a => a.AgencyId == seed.AgencyN);
        Assert.Contains("Ministry of Ports", after.Main, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Edit_Stale_KeepsTheChoicesAndChangesNothing(string provider)
    {
        var (host, seed) = await StartAsync(provider);
        await using var _ = host;
        using var browser = await new PageClient(host).Culture("en").SignInAsync(Role.Admin);
        var page = await browser.PageAsync($"/commitments/{seed.DueSoon}");
        await using (var db = host.Db())
        {
            (await db.Commitments.SingleAsync(c => c.Id == seed.DueSoon)).Status = CommitmentStatus.Completed;
            await db.SaveChangesAsync();
        }

        var stale = await browser.SubmitAsync(page, "#edit-form", new Dictionary<string, string>
        {
            ["EditForm.Status"] = "dropped",
            ["EditForm.DeadlineReading"] = "read as the end of the Japanese fiscal year",
        });

        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("Someone changed this commitment", stale.Main, StringComparison.Ordinal);
        Assert.Equal("dropped", stale.Document.QuerySelector("#edit-status option[selected]")!.GetAttribute("value"));
        Assert.Equal("read as the end of the Japanese fiscal year", stale.Document.QuerySelector("#edit-reading")!.GetAttribute("value"));
        await using var check = host.Db();
        Assert.Equal(CommitmentStatus.Completed, (await check.Commitments.SingleAsync(c => c.Id == seed.DueSoon)).Status);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Commitment_History_ListsWhoChangedWhat(string provider)
    {
        var (host, seed) = await StartAsync(provider);
        await using var _ = host;
        using var browser = await new PageClient(host).Culture("en").SignInAsync(Role.Viewer);

        var page = await browser.PageAsync($"/commitments/{seed.Overdue}");
        var history = page.Document.QuerySelectorAll("main table").Last();

        Assert.Contains("seed", history.TextContent, StringComparison.Ordinal);
        Assert.Contains("Commitment added", history.TextContent, StringComparison.Ordinal);
        Assert.Contains("Agency assignment added", history.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("CommitmentAgency", history.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commitment_History_NamesWhatChangedInVietnamese()
    {
        var (host, seed) = await StartAsync("sqlite");
        await using var _ = host;
        using var browser = await new PageClient(host).SignInAsync(Role.Viewer);

        var page = await browser.PageAsync($"/commitments/{seed.Overdue}");
        var history = page.Document.QuerySelectorAll("main table").Last();

        Assert.Contains("Thêm cam kết", history.TextContent, StringComparison.Ordinal);
        Assert.Contains("Thêm phân công cơ quan", history.TextContent, StringComparison.Ordinal);
        Assert.Contains("Thêm bên có nghĩa vụ", history.TextContent, StringComparison.Ordinal);
    }
}

using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Tests;
using Concord.Tests.Api;
using Microsoft.EntityFrameworkCore;
using static Concord.Tests.Pages.ImportUploads;

namespace Concord.Tests.Pages;

/// <summary>The import page: statements read and previewed before they are saved, the bytes kept until save or
/// cancel, bad files refused in the page's language, and the bulk update of an edited export.</summary>
public sealed partial class ImportPageTests
{
    const string CorpusKey = "viet-nam-japan-2025-04-28";

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Preview_CorpusPair_BothCultures_ShowsWhatWasReadAndSavesNothing(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        using var vi = await new PageClient(host).SignInAsync(Role.Coordinator);
        using var en = await new PageClient(host).Culture("en").SignInAsync(Role.Admin);

        var viPreview = await PreviewAsync(vi, English(), Vietnamese());
        var enPreview = await PreviewAsync(en, English(), Vietnamese());

        var viRows = Rows(viPreview);
        var enRows = Rows(enPreview);
        // The statement was signed in Hà Nội on 28 April 2025 by Việt Nam and Japan; both texts say so.
        Assert.Equal(["Tiếng Anh", "Tiếng Việt"], viRows.Select(r => r[2]));
        Assert.Equal(["English", "Vietnamese"], enRows.Select(r => r[2]));
        Assert.All(viRows, r => Assert.Equal("28/04/2025", r[6]));
        Assert.All(enRows, r => Assert.Contains("2025", r[6], StringComparison.Ordinal));
        Assert.All(enRows, r => Assert.Contains("28", r[6], StringComparison.Ordinal));
        Assert.All(enRows, r => Assert.Contains("Việt Nam", r[7], StringComparison.Ordinal));
        Assert.All(enRows, r => Assert.Contains("Japan", r[7], StringComparison.Ordinal));
        Assert.All(enRows, r => Assert.Equal("utf-8", r[4]));
        Assert.All(enRows, r => Assert.Equal("Official text", r[1]));
        // Six points and twenty-nine numbered paragraphs in both; only the English has the annex of fourteen projects.
        int enItems = int.Parse(enRows[0][8], System.Globalization.CultureInfo.GetCultureInfo("en"));
        int viItems = int.Parse(viRows[1][8], System.Globalization.CultureInfo.GetCultureInfo("vi"));
        Assert.InRange(viItems, 35, 40);
        Assert.InRange(enItems, 49, 55);

        Assert.Contains("New statement", enPreview.Main, StringComparison.Ordinal);
        Assert.Contains("Tuyên bố mới", viPreview.Main, StringComparison.Ordinal);
        Assert.Contains("Nothing has been saved yet", enPreview.Main, StringComparison.Ordinal);
        var paths = enPreview.Document.QuerySelectorAll("ol.outline-preview > li").Select(li => li.GetAttribute("data-path")).ToList();
        Assert.Contains("3.1", paths);
        Assert.Contains("6.2", paths);
        Assert.Contains("A1.14", paths);
        // 4.11 pledges a hospital before the end of Japan's fiscal year 2026: read as ending 31 March 2027.
        var hospital = enPreview.Document.QuerySelector("ol.outline-preview > li[data-path='4.11']")!;
        Assert.Contains(hospital.QuerySelectorAll(".commitment-preview .deadline"), d => d.TextContent.Contains("2027", StringComparison.Ordinal));
        Assert.NotNull(enPreview.Document.QuerySelector("form#save-import"));
        Assert.NotNull(viPreview.Document.QuerySelector("form#cancel-import"));

        await using (var db = host.Db())
        {
            Assert.Equal(0, await db.Statements.CountAsync());
            Assert.Equal(0, await db.Versions.CountAsync());
        }
        Assert.True(Directory.Exists(Path.Combine(PendingFolder(host), PendingId(viPreview))));
        await vi.SubmitAsync(viPreview, "form#cancel-import");
        await en.SubmitAsync(enPreview, "form#cancel-import");
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Save_AfterPreview_CreatesTheStatementFromTheKeptBytes_AndAgainChangesNothing(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        using var en = await new PageClient(host).Culture("en").SignInAsync(Role.Coordinator);
        var preview = await PreviewAsync(en, English(), Vietnamese());
        string id = PendingId(preview);

        var saved = await en.SubmitAsync(preview, "form#save-import");

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal("/statements/" + CorpusKey, saved.Location);
        Assert.False(Directory.Exists(Path.Combine(PendingFolder(host), id)));
        await using (var db = host.Db())
        {
            var statement = await db.Statements.Include(s => s.Versions).SingleAsync();
            Assert.Equal(["en", "vi"], statement.Versions.OrderBy(v => v.Id).Select(v => v.Language));
            Assert.Equal(new DateOnly(2025, 4, 28), statement.Date);
        }
        var page = await en.FollowAsync(saved);
        Assert.Equal(HttpStatusCode.OK, page.Status);

        var again = await PreviewAsync(en, English(), Vietnamese());
        Assert.Contains("Already in the register, unchanged", again.Main, StringComparison.Ordinal);
        Assert.Contains("saving changes nothing", again.Main, StringComparison.Ordinal);
        var savedAgain = await en.SubmitAsync(again, "form#save-import");
        Assert.Equal("/statements/" + CorpusKey, savedAgain.Location);
        await using var read = host.Db();
        Assert.Equal(1, await read.Statements.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Cancel_DiscardsThePendingBytes_AndTheUploadIsGone(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        using var vi = await new PageClient(host).SignInAsync(Role.Coordinator);
        var preview = await PreviewAsync(vi, Vietnamese("file0"));
        string id = PendingId(preview);

        var cancelled = await vi.SubmitAsync(preview, "form#cancel-import");
        var after = await vi.FollowAsync(cancelled);
        var gone = await vi.GetAsync("/import?pending=" + id);

        Assert.False(Directory.Exists(Path.Combine(PendingFolder(host), id)));
        Assert.Contains("không có gì được lưu", after.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Contains("Hãy tải tệp lên lại", gone.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        await using var db = host.Db();
        Assert.Equal(0, await db.Statements.CountAsync());
    }

    [Fact]
    public async Task PendingUpload_IsBoundToItsUser()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        using var first = await new PageClient(host).Culture("en").SignInAsync(Role.Coordinator);
        using var second = await new PageClient(host).Culture("en").SignInAsync(Role.Coordinator);
        var preview = await PreviewAsync(first, English());
        string id = PendingId(preview);
        var secondPage = await second.PageAsync("/import");

        var other = await second.GetAsync("/import?pending=" + id);
        var stolenSave = await second.PostAsync("/import?handler=Save&id=" + id, PageClient.Fields(secondPage.Form("form#import-statements")));
        var stolenCancel = await second.PostAsync("/import?handler=Cancel&id=" + id, PageClient.Fields(secondPage.Form("form#import-statements")));

        Assert.Equal(HttpStatusCode.NotFound, other.Status);
        Assert.Equal(HttpStatusCode.NotFound, stolenSave.Status);
        Assert.True(Directory.Exists(Path.Combine(PendingFolder(host), id)), stolenCancel.Status.ToString());
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/import?pending=" + id)).Status);
        await using var db = host.Db();
        Assert.Equal(0, await db.Statements.CountAsync());
        await first.SubmitAsync(preview, "form#cancel-import");
    }

    [Fact]
    public async Task PendingUpload_ExpiresAfterADay_AndIsSweptByTheNextUpload()
    {
        var folder = Directory.CreateTempSubdirectory("concord-pending-").FullName;
        try
        {
            var clock = new FixedClock(ApiHost.DefaultNow);
            var uploads = new Features.Import.PendingUploads(folder, clock);
            var file = new Features.Import.PendingFile("tuyen-bo.txt", true, "1. Hai bên nhất trí."u8.ToArray());
            string kept = await uploads.SaveAsync("lan", Features.Import.PendingUploads.Statements, [file], default);
            string left = await uploads.SaveAsync("lan", Features.Import.PendingUploads.Statements, [file], default);

            var loaded = await uploads.LoadAsync(kept, "lan", Features.Import.PendingUploads.Statements, default);
            clock.Now = clock.Now.AddDays(1).AddSeconds(1);
            var expired = await uploads.LoadAsync(kept, "lan", Features.Import.PendingUploads.Statements, default);
            await uploads.SaveAsync("minh", Features.Import.PendingUploads.Statements, [file], default);

            Assert.Equal(file.Bytes, Assert.Single(loaded!).Bytes);
            Assert.Null(expired);
            Assert.False(Directory.Exists(Path.Combine(folder, kept)));
            Assert.False(Directory.Exists(Path.Combine(folder, left)));
            Assert.Single(Directory.GetDirectories(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(Role.Viewer)]
    [InlineData(Role.AgencyEditor)]
    public async Task Import_ViewerAndAgencyEditor_AreRefused(Role role)
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        int agency;
        await using (var db = host.Db())
        {
            var a = new Concord.Data.Register.Agency { NameVi = "Bộ Công Thương", NameEn = "Ministry of Industry and Trade", Country = "Việt Nam" };
            db.Agencies.Add(a);
            await db.SaveChangesAsync();
            agency = a.Id;
        }
        using var client = await new PageClient(host).SignInAsync(role, role == Role.AgencyEditor ? agency : null);
        var home = await client.PageAsync("/");

        var page = await client.GetAsync("/import");
        var post = await client.PostAsync("/import?handler=Preview", PageClient.Fields(home.Form("form.lang")));

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        Assert.DoesNotContain(home.Document.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/import");
        Assert.Equal(0, PendingCount(host));
    }

    [Fact]
    public async Task Import_Anonymous_IsSentToSignIn_AndCoordinatorsSeeTheLink()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        using var anonymous = new PageClient(host);
        using var coordinator = await new PageClient(host).SignInAsync(Role.Coordinator);

        var refused = await anonymous.GetAsync("/import");
        var home = await coordinator.PageAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, refused.Status);
        Assert.StartsWith("/signin", refused.Location, StringComparison.Ordinal);
        Assert.Contains(home.Document.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/import");
    }

    [Fact]
    public async Task Preview_WithoutAntiforgeryToken_IsRefusedAndKeepsNothing()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        using var client = await new PageClient(host).SignInAsync(Role.Coordinator);
        var page = await client.PageAsync("/import");

        var posted = await SubmitAsync(client, page, "form#import-statements", [English()], withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        Assert.Equal(0, PendingCount(host));
    }

    [Fact]
    public async Task Page_BothCultures_HasLabelledFieldsForEveryFileAndTheBulkUpdate()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        using var vi = await new PageClient(host).SignInAsync(Role.Coordinator);
        using var en = await new PageClient(host).Culture("en").SignInAsync(Role.Coordinator);

        var viPage = await vi.PageAsync("/import");
        var enPage = await en.PageAsync("/import");

        Assert.Equal("Nhập dữ liệu", viPage.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("Import", enPage.Document.QuerySelector("h1")!.TextContent);
        foreach (var page in new[] { viPage, enPage })
        {
            var form = page.Form("form#import-statements");
            Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
            var inputs = form.QuerySelectorAll("input[type=file], select").ToList();
            Assert.Equal(8, inputs.Count);
            Assert.All(inputs, i => Assert.NotNull(page.Document.QuerySelector($"label[for='{i.Id}']")));
            Assert.Equal("official", form.QuerySelector("select#kind0 option[selected]")!.GetAttribute("value"));
            Assert.NotNull(page.Document.QuerySelector("form#import-updates label[for=updatesFile]"));
        }
        Assert.Contains("20 MB", enPage.Document.QuerySelector("#statements-hint")!.TextContent, StringComparison.Ordinal);
    }

    internal static async Task<PageResponse> PreviewAsync(PageClient client, params Upload[] files)
    {
        var page = await client.PageAsync("/import");
        var posted = await SubmitAsync(client, page, "form#import-statements", files);
        Assert.True(posted.Status == HttpStatusCode.Redirect, $"{(int)posted.Status}: {posted.Main}");
        return await client.FollowAsync(posted);
    }

    internal static string PendingId(PageResponse preview) =>
        preview.Message.RequestMessage!.RequestUri!.Query.Split("pending=")[1];

    static List<string[]> Rows(PageResponse page) =>
        [.. page.Document.QuerySelectorAll("#preview-files tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray())];
}

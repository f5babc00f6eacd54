using System.Net;
using Concord.Data.Register;
using Concord.Data.Tests;
using Concord.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Pages;

public sealed class StatementPageTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Statement_ShowsTheVersionsSideBySide_InEitherLanguage(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        await using (var db = host.Db()) await Seed.WriteAsync(db);
        using var vi = new PageClient(host);
        using var en = new PageClient(host).Culture("en");

        var viPage = await vi.PageAsync("/statements/aurelia-norvania-2026");
        var enPage = await en.PageAsync("/statements/aurelia-norvania-2026");
        var headers = enPage.Document.QuerySelectorAll("table.outline thead th").Select(th => th.TextContent.Trim()).ToList();
        var row = enPage.Document.QuerySelector("tr#item-1")!;

        Assert.Equal(["Item", "English", "Vietnamese", "Commitments"], headers);
        Assert.Contains("Tiếng Anh", viPage.Document.QuerySelector("table.outline thead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("joint ports committee", row.QuerySelector("td[lang=en]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ủy ban cảng biển chung", row.QuerySelector("td[lang=vi]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not started", row.QuerySelector(".chips")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Chưa bắt đầu", viPage.Document.QuerySelector("tr#item-1 .chips")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("MOP", row.QuerySelector(".chips")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not in this version", enPage.Document.QuerySelector("tr#item-2 td[lang=vi]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Statement_LanguageChoice_ShowsOnlyThoseVersions_WithoutScript(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        await using (var db = host.Db()) await Seed.WriteAsync(db);
        using var browser = new PageClient(host).Culture("en");

        var all = await browser.PageAsync("/statements/aurelia-norvania-2026");
        var form = all.Document.QuerySelector("main form[method=get]")!;
        var viOnly = await browser.PageAsync("/statements/aurelia-norvania-2026?lang=vi");

        Assert.Equal(2, form.QuerySelectorAll("input[type=checkbox][name=lang][checked]").Length);
        Assert.Empty(viOnly.Document.QuerySelectorAll("td[lang=en]"));
        Assert.Equal(2, viOnly.Document.QuerySelectorAll("td[lang=vi]").Length);
        Assert.Single(viOnly.Document.QuerySelectorAll("input[name=lang][checked]"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Statement_AlignmentIssue_IsMarkedOnItsItem(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        await using (var db = host.Db())
        {
            var seed = await Seed.WriteAsync(db);
            db.AlignmentIssues.Add(new AlignmentIssue { ItemId = seed.ItemId, Kind = "date-mismatch", Detail = "May 2026 in en, June 2026 in vi" });
            await db.SaveChangesAsync();
        }
        using var vi = new PageClient(host);
        using var en = new PageClient(host).Culture("en");

        var enRow = (await en.PageAsync("/statements/aurelia-norvania-2026")).Document.QuerySelector("tr#item-1")!;
        var viRow = (await vi.PageAsync("/statements/aurelia-norvania-2026")).Document.QuerySelector("tr#item-1")!;

        Assert.Contains("has-issue", enRow.ClassName, StringComparison.Ordinal);
        Assert.Contains("Dates differ: May 2026 in en, June 2026 in vi", enRow.QuerySelector(".issue")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ngày tháng khác nhau", viRow.QuerySelector(".issue")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Statement_ScriptInItsText_IsShownAsText(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        await using (var db = host.Db())
        {
            await Seed.WriteAsync(db);
            var text = await db.ItemTexts.FirstAsync(t => t.Path == "2");
            text.Text = "Norvania will train <script>alert('x')</script> engineers.";
            var statement = await db.Statements.SingleAsync();
            statement.Title = "<img src=x onerror=alert(1)> Joint Statement";
            await db.SaveChangesAsync();
        }
        using var browser = new PageClient(host);

        var page = await browser.PageAsync("/statements/aurelia-norvania-2026");

        Assert.DoesNotContain("<script>alert", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", page.Html, StringComparison.Ordinal);
        Assert.Contains("<script>alert('x')</script>", page.Document.QuerySelector("tr#item-2 td[lang=en]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("main script, main img"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Statement_Unknown_IsNotFoundPage(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        using var browser = new PageClient(host).Culture("en");

        var page = await browser.GetAsync("/statements/no-such-statement");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Document.QuerySelector("main h1")!.TextContent);
    }
}

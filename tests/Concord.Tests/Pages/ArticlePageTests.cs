using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using Concord.Data.Accounts;
using Concord.Data.Tests;
using Concord.Tests.Api;
using Concord.Text.Tests;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Pages;

/// <summary>The press pages: an article added to a statement through its form (a file or pasted text), then read with
/// its claims marked, each with its verdict written out, the statement's side of any difference and a link to the item.</summary>
public sealed class ArticlePageTests
{
    const string Statement = "/statements/" + CorpusStatement.Key;
    const string Press = Statement + "/articles";

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task AddFile_ThroughTheStatementPage_ShowsTravellersContradictedOnScope_InBothLanguages(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await CorpusStatement.IngestAsync(host);
        using var vi = await new PageClient(host).SignInAsync(Role.Coordinator);
        using var en = await new PageClient(host).Culture("en").SignInAsync(Role.Viewer);

        var added = await AddAsync(vi, await vi.PageAsync(Statement), file: (Corpus.HanoiTimes, Corpus.Read(Corpus.HanoiTimes)));
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.StartsWith("/articles/", added.Location, StringComparison.Ordinal);
        var viPage = await vi.FollowAsync(added);
        var enPage = await en.PageAsync(added.Location!);

        var mark = Claim(viPage, "620,000");
        Assert.Contains("verdict-contradicted", mark.ClassName, StringComparison.Ordinal);
        Assert.Contains("Mâu thuẫn", mark.NextElementSibling!.TextContent, StringComparison.Ordinal);
        var viDetail = Detail(viPage, mark);
        Assert.Contains("Phạm vi", viDetail.QuerySelector("table.differences")!.TextContent, StringComparison.Ordinal);
        var enDetail = Detail(enPage, Claim(enPage, "620,000"));
        Assert.Contains("Contradicted", enDetail.QuerySelector("strong")!.TextContent, StringComparison.Ordinal);
        var difference = enDetail.QuerySelector("table.differences tbody tr")!;
        Assert.Equal("What is counted", difference.QuerySelector("th")!.TextContent.Trim());
        Assert.Contains("620,000", difference.QuerySelectorAll("td")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("620,000", difference.QuerySelectorAll("td")[1].TextContent, StringComparison.Ordinal);
        var itemLink = difference.QuerySelector("a")!.GetAttribute("href")!;
        Assert.StartsWith(Statement + "#item-", itemLink, StringComparison.Ordinal);
        var statementPage = await en.PageAsync(Statement);
        var item = statementPage.Document.GetElementById(itemLink[(itemLink.IndexOf('#') + 1)..]);
        Assert.True(item is not null, $"the statement page has no {itemLink}");
        Assert.Contains("620,000", item.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task PastedRewrittenArticle_OverTwentyBillion_IsOverstated_AndReadFirst(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await CorpusStatement.IngestAsync(host);
        using var en = await new PageClient(host).Culture("en").SignInAsync(Role.Coordinator);

        var added = await AddAsync(en, await en.PageAsync(Press), text: Corpus.Read(Corpus.Rewritten), source: "rewritten news site");
        var page = await en.FollowAsync(added);

        var mark = Claim(page, "over $20 billion");
        Assert.Contains("verdict-overstated", mark.ClassName, StringComparison.Ordinal);
        var detail = Detail(page, mark);
        var row = detail.QuerySelector("table.differences tbody tr")!;
        Assert.Equal("How it is hedged", row.QuerySelector("th")!.TextContent.Trim());
        Assert.Contains("over", row.QuerySelectorAll("td")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("approximately", row.QuerySelectorAll("td")[1].TextContent, StringComparison.Ordinal);
        var readFirst = page.Document.QuerySelectorAll("ol.read-first a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#" + mark.Id, readFirst);
        Assert.Contains("rewritten news site", page.Main, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task PressSection_ListsTheArticleWithItsCounts_AndOffersTheFormOnlyToEditors(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        await CorpusStatement.IngestAsync(host);
        using var coordinator = await new PageClient(host).Culture("en").SignInAsync(Role.Coordinator);
        await coordinator.FollowAsync(await AddAsync(coordinator, await coordinator.PageAsync(Press), file: (Corpus.HanoiTimes, Corpus.Read(Corpus.HanoiTimes))));
        using var anonymous = new PageClient(host).Culture("en");
        using var viewer = await new PageClient(host).SignInAsync(Role.Viewer);

        var statement = await coordinator.PageAsync(Statement);
        var row = statement.Document.QuerySelector("#press table.press tbody tr")!;
        var headers = statement.Document.QuerySelectorAll("#press table.press thead th").Select(th => th.TextContent.Trim()).ToList();
        int contradicted = headers.IndexOf("Contradicted");
        var cells = row.QuerySelectorAll("td");

        Assert.True(contradicted > 1, string.Join(" | ", headers));
        Assert.True(int.Parse(cells[contradicted].TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.NotNull(statement.Document.QuerySelector("#press form#article-form"));
        var forAnonymous = await anonymous.PageAsync(Statement);
        Assert.NotNull(forAnonymous.Document.QuerySelector("#press table.press a[href^='/articles/']"));
        Assert.Null(forAnonymous.Document.QuerySelector("#article-form"));
        Assert.Null((await viewer.PageAsync(Press)).Document.QuerySelector("#article-form"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Refused_BadDateAndNoText_SaysWhyInVietnamese_KeepsWhatWasTyped_AddsNothing(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await CorpusStatement.IngestAsync(host);
        using var vi = await new PageClient(host).SignInAsync(Role.Coordinator);
        var form = await vi.PageAsync(Press);

        var noText = await AddAsync(vi, form, text: "", source: "Báo Nhân Dân");
        var badDate = await AddAsync(vi, form, text: "Hai bên nhất trí đón 2 triệu lượt khách mỗi năm.", date: "29/04/2025");

        Assert.Equal(HttpStatusCode.BadRequest, noText.Status);
        Assert.Contains("Bài báo không có nội dung.", noText.Document.QuerySelector(".notice.error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Báo Nhân Dân", noText.Document.QuerySelector("#article-source")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.BadRequest, badDate.Status);
        Assert.Contains("“29/04/2025” không đúng dạng", badDate.Document.QuerySelector(".notice.error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Hai bên nhất trí đón 2 triệu lượt khách mỗi năm.", badDate.Document.QuerySelector("#article-text")!.TextContent);
        await using var db = host.Db();
        Assert.Equal(0, await db.Articles.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Add_AsViewerOrAnonymous_IsRefused_AndDelete_NeedsACoordinator(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        await CorpusStatement.IngestAsync(host);
        using var coordinator = await new PageClient(host).SignInAsync(Role.Coordinator);
        var form = await coordinator.PageAsync(Press);
        using var viewer = await new PageClient(host).SignInAsync(Role.Viewer);
        var viewerForm = await viewer.PageAsync(Statement);
        using var anonymous = new PageClient(host);
        var anonymousForm = await anonymous.PageAsync(Statement);

        // A viewer's or an anonymous reader's page has no form: they post with the coordinator's field names and their own token.
        var byViewer = await viewer.PostAsync(Press, Multipart([.. Token(viewerForm), new("Form.Text", "Hai bên đón 2 triệu lượt khách.")], null));
        var byAnonymous = await anonymous.PostAsync(Press, Multipart([.. Token(anonymousForm), new("Form.Text", "Hai bên đón 2 triệu lượt khách.")], null));
        var added = await AddAsync(coordinator, form, text: "Hai nước đặt mục tiêu 2 triệu lượt khách mỗi năm.");
        var article = await coordinator.FollowAsync(added);
        var asViewer = await viewer.PageAsync(added.Location!);

        Assert.Equal(HttpStatusCode.Forbidden, byViewer.Status);
        Assert.Equal(HttpStatusCode.Redirect, byAnonymous.Status);
        Assert.Contains("/signin", byAnonymous.Location, StringComparison.Ordinal);
        Assert.Null(asViewer.Document.QuerySelector("form[action*='handler=Delete']"));
        var deleted = await coordinator.SubmitAsync(article, "form[action*='handler=Delete']");
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Contains("Đã xóa bài báo.", (await coordinator.FollowAsync(deleted)).Main, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync(added.Location!)).Status);
        await using var db = host.Db();
        Assert.Equal(0, await db.Articles.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task ScriptInAnArticle_IsShownAsText(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await CorpusStatement.IngestAsync(host);
        using var en = await new PageClient(host).Culture("en").SignInAsync(Role.Coordinator);

        var added = await AddAsync(en, await en.PageAsync(Press),
            text: "Japan will support 15 projects worth <script>alert(1)</script> about $20 billion.", source: "<img src=x onerror=alert(2)>");
        var page = await en.FollowAsync(added);

        Assert.Empty(page.Document.QuerySelectorAll("main script, main img"));
        Assert.Contains("<script>alert(1)</script>", page.Document.QuerySelector(".article-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(2)>", page.Main, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_FindsTheArticle_AndLeadsToItsPage(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await CorpusStatement.IngestAsync(host);
        using var en = await new PageClient(host).Culture("en").SignInAsync(Role.Coordinator);
        var added = await AddAsync(en, await en.PageAsync(Press), text: "Hai nước sẽ mở thêm đường bay thẳng giữa Đà Nẵng và Fukuoka.", source: "báo du lịch");

        var results = await en.PageAsync("/search?q=duong+bay+fukuoka&kind=article");

        var link = results.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).Where(h => h!.StartsWith("/articles/", StringComparison.Ordinal));
        Assert.Equal([added.Location], link);
        Assert.Contains("Press article", results.Main, StringComparison.Ordinal);
    }

    /// <summary>Posts the add-an-article form of <paramref name="page"/> as a browser would: multipart, its token.</summary>
    static async Task<PageResponse> AddAsync(PageClient client, PageResponse page, (string Name, string Text)? file = null,
        string? text = null, string? source = null, string? date = null)
    {
        var form = page.Form("#article-form");
        var fields = PageClient.Fields(form);
        void Set(string name, string? value)
        {
            if (value is null) return;
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }
        Set("Form.Text", text);
        Set("Form.Source", source);
        Set("Form.Date", date);
        return await client.PostAsync(form.GetAttribute("action")!, Multipart(fields, file));
    }

    static MultipartFormDataContent Multipart(IEnumerable<KeyValuePair<string, string>> fields, (string Name, string Text)? file)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        if (file is { } f)
        {
            var bytes = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(f.Text));
            bytes.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            content.Add(bytes, "file", f.Name);
        }
        return content;
    }

    /// <summary>The antiforgery token of any form of the page (the language switch has one for every reader).</summary>
    static IEnumerable<KeyValuePair<string, string>> Token(PageResponse page) =>
        page.Document.QuerySelectorAll("input[name=__RequestVerificationToken]").Take(1)
            .Select(i => new KeyValuePair<string, string>("__RequestVerificationToken", i.GetAttribute("value")!));

    static IElement Claim(PageResponse page, string words) =>
        page.Document.QuerySelectorAll(".article-text mark.claim").FirstOrDefault(m => m.TextContent.Contains(words, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no claim marked with '{words}':\n{page.Main}");

    static IElement Detail(PageResponse page, IElement mark) =>
        page.Document.GetElementById("detail-" + mark.Id!["claim-".Length..])
        ?? throw new Xunit.Sdk.XunitException($"no detail for {mark.Id}");
}

using System.Net;
using Concord.Data.Register;
using Concord.Data.Tests;
using Concord.Tests.Api;

namespace Concord.Tests.Pages;

public sealed class RegistersPageTests
{
    internal static async Task<(ApiHost Host, RegisterSample Sample)> StartAsync(string provider, bool isPublic = true)
    {
        var host = await ApiHost.StartAsync(provider, isPublic);
        await using var db = host.Db();
        return (host, await RegisterSample.WriteAsync(db));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Registers_CountsEachRegister_InBothLanguages(string provider)
    {
        var (host, _) = await StartAsync(provider);
        await using var _h = host;
        using var en = new PageClient(host).Culture("en");
        using var vi = new PageClient(host);

        var page = await en.PageAsync("/registers");
        var viPage = await vi.PageAsync("/registers");

        var cards = page.Document.QuerySelectorAll("main .card").ToDictionary(c => c.QuerySelector("h2")!.TextContent, c => c.TextContent);
        Assert.Equal(["Mechanisms", "Programmes", "Projects", "Events", "Agencies"], cards.Keys);
        Assert.Contains("2 in the register", cards["Mechanisms"], StringComparison.Ordinal);
        Assert.Contains("1 not met within their cadence", cards["Mechanisms"], StringComparison.Ordinal);
        Assert.Contains("1 in the register", cards["Events"], StringComparison.Ordinal);
        Assert.Equal("/initiatives?kind=project", page.Document.QuerySelectorAll("main .card h2 a")[2].GetAttribute("href"));
        Assert.Equal("page", page.Document.QuerySelector("nav a[href='/registers']")!.GetAttribute("aria-current"));
        Assert.Contains("Chưa họp đúng định kỳ", viPage.Main, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Danh mục", viPage.Document.QuerySelector("main h1")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Mechanisms_ShowCadenceLastAndNextMeeting_AndSayWhichHaveNotMet(string provider)
    {
        var (host, sample) = await StartAsync(provider);
        await using var _h = host;
        using var en = new PageClient(host).Culture("en");
        using var vi = new PageClient(host);

        var page = await en.PageAsync("/mechanisms");
        var viPage = await vi.PageAsync("/mechanisms");

        var rows = page.Document.QuerySelectorAll("#mechanisms tbody tr");
        Assert.Equal(2, rows.Length);
        var committee = rows[0].TextContent;
        Assert.Equal($"/mechanisms/{sample.Committee}", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("JPC", committee, StringComparison.Ordinal);
        Assert.Contains("Ủy ban Cảng biển chung", committee, StringComparison.Ordinal);
        Assert.Contains("every 12 months", committee, StringComparison.Ordinal);
        Assert.Contains("3/10/2025", committee, StringComparison.Ordinal);
        Assert.Contains("3/10/2026", committee, StringComparison.Ordinal);
        Assert.Equal("Not met within its cadence", rows[0].QuerySelector(".chip.overdue")!.TextContent);
        Assert.Contains("every 24 months", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("2/1/2028", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Null(rows[1].QuerySelector(".chip.overdue"));
        var viCommittee = viPage.Document.QuerySelectorAll("#mechanisms tbody tr")[0].TextContent;
        Assert.Contains("12 tháng một lần", viCommittee, StringComparison.Ordinal);
        Assert.Contains("10/03/2025", viCommittee, StringComparison.Ordinal);
        Assert.Contains("Chưa họp đúng định kỳ", viCommittee, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Mechanisms_FilteredByStatement_KeepOnlyThoseItNames(string provider)
    {
        var (host, sample) = await StartAsync(provider);
        await using var _h = host;
        using var browser = new PageClient(host).Culture("en");

        var filtered = await browser.PageAsync($"/mechanisms?statement={sample.Seed.Key}");
        var unknown = await browser.GetAsync("/mechanisms?statement=no-such-statement");

        var links = filtered.Document.QuerySelectorAll("#mechanisms tbody tr a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/mechanisms/{sample.Committee}"], links);
        Assert.Equal(sample.Seed.Key, filtered.Document.QuerySelector("select#statement option[selected]")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Mechanism_ShowsItsMeetings_AndTheSentencesThatNameIt(string provider)
    {
        var (host, sample) = await StartAsync(provider);
        await using var _h = host;
        using var en = new PageClient(host).Culture("en");
        using var vi = new PageClient(host);

        var page = await en.PageAsync($"/mechanisms/{sample.Committee}");
        var viPage = await vi.PageAsync($"/mechanisms/{sample.Committee}");

        Assert.Equal("Joint Ports Committee", page.Document.QuerySelector("main h1")!.TextContent);
        var meeting = page.Document.QuerySelector("#meeting-table tbody tr")!.TextContent;
        Assert.Contains("3/10/2025", meeting, StringComparison.Ordinal);
        Assert.Contains("Castellara", meeting, StringComparison.Ordinal);
        Assert.Contains("terms of reference adopted", meeting, StringComparison.Ordinal);
        var mention = page.Document.QuerySelector("ol.mentions > li")!;
        Assert.Equal(["Joint Ports Committee", "Ủy ban Cảng biển chung"], mention.QuerySelectorAll("mark").Select(m => m.TextContent));
        var english = mention.QuerySelector("[lang=en]")!.TextContent;
        Assert.Equal("…The Joint Ports Committee will meet every year in one of the two capitals.", english);
        Assert.Equal($"/statements/{sample.Seed.Key}#item-1", mention.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Contains($"/commitments/{sample.Seed.Overdue}", mention.InnerHtml, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#meeting-form")); // reading only for the public
        Assert.Contains("Các cuộc họp", viPage.Main, StringComparison.Ordinal);
        Assert.Contains("Tiếng Việt", viPage.Document.QuerySelector("ol.mentions")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task UnknownIds_AreNotFound(string provider)
    {
        var (host, _) = await StartAsync(provider);
        await using var _h = host;
        using var browser = new PageClient(host).Culture("en");

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/mechanisms/999999")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/initiatives/999999")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/agencies/999999")).Status);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task HostileNames_AreShownAsText(string provider)
    {
        var (host, _) = await StartAsync(provider);
        await using var _h = host;
        int mechanism, initiative;
        await using (var db = host.Db())
        {
            var m = new Mechanism { Name = "<script>alert('m')</script> Council", OtherName = "<img src=x onerror=alert(1)>" };
            var i = new Initiative { Kind = "event", Name = "<script>alert('i')</script> Forum" };
            db.Mechanisms.Add(m);
            db.Initiatives.Add(i);
            await db.SaveChangesAsync();
            (mechanism, initiative) = (m.Id, i.Id);
        }
        using var browser = new PageClient(host).Culture("en");

        foreach (var url in new[] { "/mechanisms", $"/mechanisms/{mechanism}", "/initiatives?kind=event", $"/initiatives/{initiative}" })
        {
            var page = await browser.PageAsync(url);
            Assert.DoesNotContain("<script>alert(", page.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", page.Html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;", page.Html, StringComparison.Ordinal);
            Assert.Empty(page.Document.QuerySelectorAll("main script, main img"));
        }
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Registers_WithoutPublicReading_SendAnonymousToSignIn(string provider)
    {
        var (host, sample) = await StartAsync(provider, isPublic: false);
        await using var _h = host;
        using var browser = new PageClient(host);

        foreach (var url in new[] { "/registers", "/mechanisms", $"/mechanisms/{sample.Committee}", "/initiatives", "/agencies", $"/agencies/{sample.Seed.AgencyA}" })
        {
            var page = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, page.Status);
            Assert.StartsWith("/signin?returnUrl=", page.Location, StringComparison.Ordinal);
        }
    }
}

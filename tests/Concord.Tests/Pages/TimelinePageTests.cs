using Concord.Data.Tests;
using Concord.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Pages;

public sealed class TimelinePageTests
{
    static async Task<(ApiHost Host, Seed Seed)> StartAsync(string provider)
    {
        var host = await ApiHost.StartAsync(provider, isPublic: true);
        await using var db = host.Db();
        return (host, await Seed.WriteAsync(db));
    }

    static List<string> RowLinks(PageResponse page) =>
        [.. page.Document.QuerySelectorAll("#timeline-table tbody tr a").Select(a => a.GetAttribute("href")!)];

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Timeline_Filter_NarrowsTheRowsOfChartAndTable(string provider)
    {
        var (host, seed) = await StartAsync(provider);
        await using var _ = host;
        using var browser = new PageClient(host).Culture("en");

        var all = await browser.PageAsync($"/timeline?statement={seed.Key}");
        var agency = await browser.PageAsync($"/timeline?statement={seed.Key}&agency={seed.AgencyN}");
        var status = await browser.PageAsync("/timeline?status=completed");

        Assert.Equal([$"/commitments/{seed.Completed}", $"/commitments/{seed.Overdue}", $"/commitments/{seed.DueSoon}"], RowLinks(all));
        Assert.Equal([$"/commitments/{seed.DueSoon}"], RowLinks(agency));
        Assert.Equal([$"/commitments/{seed.Completed}"], RowLinks(status));
        Assert.Single(status.Document.QuerySelectorAll("svg g a"));
        Assert.Equal(seed.AgencyN.ToString(System.Globalization.CultureInfo.InvariantCulture),
            agency.Document.QuerySelector("select#agency option[selected]")!.GetAttribute("value"));
        Assert.Equal($"/api/calendar.ics?statement={seed.Key}&agency={seed.AgencyN}&lang=en",
            agency.Document.QuerySelector("a#calendar")!.GetAttribute("href"));
        Assert.Contains("Overdue", all.Document.QuerySelector("#timeline-table")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Timeline_BothCultures_DrawTheChartWithItsTitle(string provider)
    {
        var (host, seed) = await StartAsync(provider);
        await using var _ = host;
        using var vi = new PageClient(host);
        using var en = new PageClient(host).Culture("en");

        var viPage = await vi.PageAsync($"/timeline?statement={seed.Key}");
        var enPage = await en.PageAsync($"/timeline?statement={seed.Key}");

        var viSvg = viPage.Document.QuerySelector("figure svg")!;
        Assert.Equal("img", viSvg.GetAttribute("role"));
        Assert.Equal("Biểu đồ thời hạn và sự kiện", viSvg.QuerySelector("title")!.TextContent);
        Assert.Equal("Timeline of deadlines and events", enPage.Document.QuerySelector("figure svg title")!.TextContent);
        Assert.Contains("Quá hạn", viPage.Document.QuerySelector("#timeline-table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bộ Cảng biển", viPage.Document.QuerySelector("#timeline-table")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(viPage.Document.QuerySelector("form[method=get] label[for=status]"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Timeline_MarkupInACommitment_IsEncodedInChartAndTable(string provider)
    {
        var (host, seed) = await StartAsync(provider);
        await using var _ = host;
        await using (var db = host.Db())
        {
            var c = await db.Commitments.SingleAsync(x => x.Id == seed.Completed);
            c.Origin = "edited";
            c.Text = "<script>alert(1)</script>";
            await db.SaveChangesAsync();
        }
        using var browser = new PageClient(host).Culture("en");

        var page = await browser.PageAsync($"/timeline?statement={seed.Key}");

        Assert.DoesNotContain("<script>alert", page.Html, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", page.Document.QuerySelector("#timeline-table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", page.Document.QuerySelector("figure svg")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Timeline_UnknownStatement_IsNotFound(string provider)
    {
        var (host, _) = await StartAsync(provider);
        await using var __ = host;
        using var browser = new PageClient(host);

        var page = await browser.GetAsync("/timeline?statement=no-such-statement");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, page.Status);
    }
}

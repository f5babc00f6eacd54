using System.Net;
using Concord.Data.Tests;

namespace Concord.Tests.Pages;

public sealed class InitiativeAgencyPageTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Initiatives_KindTabsAreLinks_AndEventsHaveTheirDate(string provider)
    {
        var (host, sample) = await RegistersPageTests.StartAsync(provider);
        await using var _h = host;
        using var en = new PageClient(host).Culture("en");
        using var vi = new PageClient(host);

        var events = await en.PageAsync("/initiatives?kind=event");
        var programmes = await en.PageAsync("/initiatives?kind=programme");
        var all = await en.PageAsync("/initiatives");
        var viEvents = await vi.PageAsync("/initiatives?kind=event");

        Assert.Equal("Events", events.Document.QuerySelector("main h1")!.TextContent);
        Assert.Equal("/initiatives?kind=event", events.Document.QuerySelector("main nav a[aria-current=page]")!.GetAttribute("href"));
        Assert.Equal(4, events.Document.QuerySelectorAll("main nav a").Length);
        var eventRow = Assert.Single(events.Document.QuerySelectorAll("#initiatives tbody tr"));
        Assert.Contains("Castellara Ports Forum", eventRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("9/20/2026", eventRow.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/initiatives/{sample.Event}", eventRow.QuerySelector("a")!.GetAttribute("href"));
        var programmeRow = Assert.Single(programmes.Document.QuerySelectorAll("#initiatives tbody tr"));
        Assert.Contains("Chương trình Kỹ năng Cảng biển", programmeRow.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, all.Document.QuerySelectorAll("#initiatives tbody tr").Length);
        Assert.Contains("20/09/2026", viEvents.Main, StringComparison.Ordinal);
        Assert.Equal("Sự kiện", viEvents.Document.QuerySelector("main h1")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Initiative_ShowsTheItemsThatNameIt_WithTheNameMarked(string provider)
    {
        var (host, sample) = await RegistersPageTests.StartAsync(provider);
        await using var _h = host;
        using var en = new PageClient(host).Culture("en");

        var programme = await en.PageAsync($"/initiatives/{sample.Programme}");
        var project = await en.PageAsync($"/initiatives/{sample.Project}");

        var mention = Assert.Single(programme.Document.QuerySelectorAll("ol.mentions > li"));
        Assert.Equal("Port Skills Programme", mention.QuerySelector("mark")!.TextContent);
        Assert.StartsWith("…Norvania will train 5,000 port engineers under the", mention.QuerySelector("[lang=en]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/statements/{sample.Seed.Key}#item-2", mention.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Contains($"/commitments/{sample.Seed.DueSoon}", mention.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("No item of any statement mentions it yet.", project.Main, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Agencies_ByCountry_WithWhatTheyLeadAndSupportByStatus(string provider)
    {
        var (host, sample) = await RegistersPageTests.StartAsync(provider);
        await using var _h = host;
        await using (var db = host.Db())
        {
            db.Agencies.Add(new Data.Register.Agency { NameEn = "Port Training Office", NameVi = "Văn phòng Đào tạo Cảng", Country = "Aurelia", ParentId = sample.Seed.AgencyA });
            db.CommitmentAgencies.Add(new Data.Register.CommitmentAgency { CommitmentId = sample.Seed.DueSoon, AgencyId = sample.Seed.AgencyA, Party = "Norvania", Role = "support" });
            await db.SaveChangesAsync();
        }
        using var en = new PageClient(host).Culture("en");
        using var vi = new PageClient(host);

        var page = await en.PageAsync("/agencies");
        var viPage = await vi.PageAsync("/agencies");

        Assert.Equal(["Aurelia", "Norvania"], page.Document.QuerySelectorAll("main h2").Select(h => h.TextContent));
        var ports = page.Document.QuerySelectorAll("main table")[0].QuerySelectorAll("tbody tr")
            .Single(r => r.QuerySelector("th a")!.TextContent == "Ministry of Ports");
        var cells = ports.QuerySelectorAll("td");
        Assert.Equal(("1", "1"), (cells[1].TextContent, cells[2].TextContent));
        Assert.Equal(["Not started: 1", "In progress: 1"], cells[3].QuerySelectorAll("li").Select(l => l.TextContent));
        var office = page.Document.QuerySelectorAll("main table")[0].QuerySelectorAll("tbody tr")
            .Single(r => r.QuerySelector("th a")!.TextContent == "Port Training Office");
        Assert.Equal($"/agencies/{sample.Seed.AgencyA}", office.QuerySelector("td a")!.GetAttribute("href"));
        Assert.Contains("Bộ Cảng biển", viPage.Main, StringComparison.Ordinal);
        Assert.Contains("Chưa bắt đầu: 1", viPage.Main, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Agency_ShowsItsCommitmentsWithOverdueMarked_ItsMentions_AndItsCalendar(string provider)
    {
        var (host, sample) = await RegistersPageTests.StartAsync(provider);
        await using var _h = host;
        using var en = new PageClient(host).Culture("en");
        using var vi = new PageClient(host);

        var page = await en.PageAsync($"/agencies/{sample.Seed.AgencyA}");
        var viPage = await vi.PageAsync($"/agencies/{sample.Seed.AgencyA}");
        string calendar = page.Document.QuerySelector("a#calendar")!.GetAttribute("href")!;
        var feed = await en.GetAsync(calendar);

        Assert.Equal("Ministry of Ports (MOP)", page.Document.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Joint Statement of Aurelia and Norvania", page.Document.QuerySelector("#commitments ~ h3 a")!.TextContent);
        var row = Assert.Single(page.Document.QuerySelectorAll("table.agency-commitments tbody tr"));
        Assert.Equal($"/commitments/{sample.Seed.Overdue}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("5/31/2026", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Overdue", row.QuerySelector(".chip.overdue")!.TextContent);
        Assert.Contains("lead", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ministry of Ports", page.Document.QuerySelector("ol.mentions mark")!.TextContent);
        Assert.Equal($"/api/calendar.ics?agency={sample.Seed.AgencyA}&lang=en", calendar);
        Assert.Equal(HttpStatusCode.OK, feed.Status);
        Assert.Contains("BEGIN:VCALENDAR", feed.Html, StringComparison.Ordinal);
        Assert.Equal("Bộ Cảng biển (MOP)", viPage.Document.QuerySelector("main h1")!.TextContent);
        Assert.Contains("Quá hạn", viPage.Main, StringComparison.Ordinal);
        Assert.Contains("31/05/2026", viPage.Main, StringComparison.Ordinal);
    }
}

using Concord.Data.Tests;
using Concord.Tests.Api;
using Concord.Text.Tests;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Pages;

public sealed class RegisterLinksTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task NamesOnOtherPages_LinkToTheirRegisterPages(string provider)
    {
        var (host, sample) = await RegistersPageTests.StartAsync(provider);
        await using var _h = host;
        using var browser = new PageClient(host).Culture("en");

        var home = await browser.PageAsync("/");
        var commitment = await browser.PageAsync($"/commitments/{sample.Seed.Overdue}");
        var statement = await browser.PageAsync($"/statements/{sample.Seed.Key}");

        var lapsed = home.Document.QuerySelectorAll("section.dashboard .card").Single(c => c.QuerySelector("h3")!.TextContent == "Mechanisms that have not met in time");
        Assert.Equal($"/mechanisms/{sample.Committee}", lapsed.QuerySelector("li a")!.GetAttribute("href"));
        Assert.Equal("Ministry of Ports", commitment.Document.QuerySelector($"main table a[href='/agencies/{sample.Seed.AgencyA}']")!.TextContent);
        Assert.Equal("MOP", statement.Document.QuerySelector($"main .chips a[href='/agencies/{sample.Seed.AgencyA}']")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task CorpusStatement_ItsCooperationCommitteeIsNamedInBothVersions_WithTheNameMarked(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        await CorpusStatement.IngestAsync(host);
        int committee;
        await using (var db = host.Db())
            committee = await db.Mechanisms.Where(m => m.Name == "Việt Nam-Japan Cooperation Committee").Select(m => m.Id).SingleAsync();
        using var en = new PageClient(host).Culture("en");
        using var vi = new PageClient(host);

        var list = await en.PageAsync("/mechanisms");
        var page = await en.PageAsync($"/mechanisms/{committee}");
        var viPage = await vi.PageAsync($"/mechanisms/{committee}");
        var projects = await en.PageAsync("/initiatives?kind=project");

        Assert.Contains("Việt Nam-Japan Cooperation Committee", list.Document.QuerySelector("#mechanisms")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ủy ban hợp tác Việt Nam - Nhật Bản", page.Document.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        var marks = page.Document.QuerySelectorAll("ol.mentions mark").Select(m => m.TextContent).ToList();
        Assert.Equal(2, marks.Count);
        Assert.Contains(marks, m => m.Contains("Cooperation Committee", StringComparison.Ordinal));
        Assert.Contains(marks, m => m.Contains("Ủy ban hợp tác", StringComparison.OrdinalIgnoreCase));
        foreach (var sentence in page.Document.QuerySelectorAll("ol.mentions .source"))
            Assert.True(sentence.TextContent.Length < 1200, sentence.TextContent);
        Assert.Equal(2, viPage.Document.QuerySelectorAll("ol.mentions mark").Length);
        Assert.True(projects.Document.QuerySelectorAll("#initiatives tbody tr").Length >= 14);
    }
}

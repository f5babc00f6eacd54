using Concord.Data.Register;
using Concord.Data.Tests;
using Concord.Tests.Api;

namespace Concord.Tests.Pages;

public sealed class HomePageTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Home_ShowsEachStatementsDashboard(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        Seed seed;
        await using (var db = host.Db())
        {
            seed = await Seed.WriteAsync(db);
            db.Updates.Add(new ProgressUpdate { CommitmentId = seed.DueSoon, Date = new DateOnly(2026, 6, 1), Author = "lan", Text = "Courses opened.", CreatedAt = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc) });
            await db.SaveChangesAsync();
        }
        using var browser = new PageClient(host).Culture("en");

        var page = await browser.PageAsync("/");
        var dashboard = page.Document.QuerySelector("section.dashboard")!;
        var pillarRows = dashboard.QuerySelectorAll("table tbody tr");
        var cards = dashboard.QuerySelectorAll(".card").ToDictionary(c => c.QuerySelector("h3")!.TextContent, c => c);

        Assert.Equal("Joint Statement of Aurelia and Norvania", dashboard.QuerySelector("h2")!.TextContent);
        Assert.Equal(2, pillarRows.Length);
        Assert.Equal("1", pillarRows[0].QuerySelectorAll("td")[0].TextContent); // point 1: one not started
        Assert.Equal("img", pillarRows[1].QuerySelector("svg")!.GetAttribute("role"));
        Assert.Contains("In progress", pillarRows[1].QuerySelector("svg")!.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains($"/commitments/{seed.Overdue}", cards["Overdue"].InnerHtml, StringComparison.Ordinal);
        Assert.Contains($"/commitments/{seed.DueSoon}", cards["Due in the next 90 days"].InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain($"/commitments/{seed.Completed}\"", cards["Overdue"].InnerHtml, StringComparison.Ordinal);
        Assert.Contains("train 5,000 port engineers", cards["Latest updates"].TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Home_InVietnamese_FormatsDatesTheVietnameseWay(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        await using (var db = host.Db()) await Seed.WriteAsync(db);
        using var browser = new PageClient(host);

        var page = await browser.PageAsync("/");

        Assert.Contains("Quá hạn", page.Main, StringComparison.Ordinal);
        Assert.Contains("31/05/2026", page.Main, StringComparison.Ordinal);
        Assert.Contains("20/01/2026", page.Main, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Home_AfterAChangeMadeElsewhere_ShowsIt(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        using var browser = new PageClient(host).Culture("en");
        var before = await browser.PageAsync("/");
        Assert.Contains($"/commitments/{seed.Overdue}", Card(before, "Overdue"), StringComparison.Ordinal);

        // Written straight into the database, as another instance or a command-line import would.
        await using (var db = host.Db())
        {
            var overdue = await db.Commitments.FindAsync(seed.Overdue);
            overdue!.Status = CommitmentStatus.Completed;
            await db.SaveChangesAsync();
        }
        var after = await browser.PageAsync("/");

        Assert.DoesNotContain($"/commitments/{seed.Overdue}\"", Card(after, "Overdue"), StringComparison.Ordinal);
    }

    static string Card(PageResponse page, string title) =>
        page.Document.QuerySelectorAll("section.dashboard .card").SingleOrDefault(c => c.QuerySelector("h3")!.TextContent == title)?.InnerHtml ?? "";
}

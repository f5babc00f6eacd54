using Concord.Data.Register;
using Concord.Data.Tests;
using Concord.Tests.Api;

namespace Concord.Tests.Pages;

public sealed class ReportPageTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Report_BothLanguages_ShowTheLateReasonAndTheDownloads(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        Seed seed;
        await using (var db = host.Db())
        {
            seed = await Seed.WriteAsync(db);
            db.Updates.Add(new ProgressUpdate { CommitmentId = seed.Overdue, Date = new DateOnly(2026, 6, 2), Author = "lan",
                Text = "The committee waits for <script>alert(1)</script> a decree.", CreatedAt = new DateTime(2026, 6, 2, 0, 0, 0, DateTimeKind.Utc) });
            await db.SaveChangesAsync();
        }
        using var vi = new PageClient(host);
        using var en = new PageClient(host).Culture("en");

        var viPage = await vi.PageAsync($"/statements/{seed.Key}/report");
        var enPage = await en.PageAsync($"/report?statement={seed.Key}&lang=en");
        var pastPage = await en.PageAsync($"/report?statement={seed.Key}&lang=en&asOf=2026-06-10");

        var reason = viPage.Document.QuerySelector("ul.report-late .reason")!.TextContent;
        Assert.Contains("The committee waits for <script>alert(1)</script> a decree.", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", viPage.Html, StringComparison.Ordinal);
        Assert.Equal("vi", viPage.Document.QuerySelector("article.report")!.GetAttribute("lang"));
        Assert.Equal("en", enPage.Document.QuerySelector("article.report")!.GetAttribute("lang"));
        Assert.Contains("a decree", enPage.Document.QuerySelector("ul.report-late .reason")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bộ Cảng biển", viPage.Document.QuerySelector("ul.report-late")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([$"/api/statements/{seed.Key}/report?lang=vi&format=docx", $"/api/statements/{seed.Key}/report?lang=vi&format=xlsx"],
            viPage.Document.QuerySelectorAll("#downloads a").Select(a => a.GetAttribute("href")));
        Assert.Equal("2026-06-10", pastPage.Document.QuerySelector("input#asOf")!.GetAttribute("value"));
        Assert.Equal("Implementation report", enPage.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("Báo cáo thực hiện", viPage.Document.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Report_NoStatementChosen_ShowsOnlyTheForm_AndAFutureDayIsRefused(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        using var en = new PageClient(host).Culture("en");

        var empty = await en.PageAsync("/report");
        var future = await en.PageAsync($"/report?statement={seed.Key}&asOf=2030-01-01");

        Assert.NotNull(empty.Document.QuerySelector("form label[for=asOf]"));
        Assert.Null(empty.Document.QuerySelector("article.report"));
        Assert.Null(future.Document.QuerySelector("article.report"));
        Assert.Contains("after today", future.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Report_AfterAnUpdateElsewhere_ShowsIt_OnThePageAndInTheApi(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        using var en = new PageClient(host).Culture("en");
        string page = $"/report?statement={seed.Key}&lang=en", api = $"/api/statements/{seed.Key}/report?lang=en";
        Assert.DoesNotContain("a decree", (await en.PageAsync(page)).Main, StringComparison.Ordinal);
        Assert.DoesNotContain("a decree", await host.Anonymous().GetStringAsync(api), StringComparison.Ordinal);

        // Written straight into the database, as another instance would.
        await using (var db = host.Db())
        {
            db.Updates.Add(new ProgressUpdate { CommitmentId = seed.Overdue, Date = new DateOnly(2026, 6, 2), Author = "lan",
                Text = "The committee waits for a decree.", CreatedAt = new DateTime(2026, 6, 2, 0, 0, 0, DateTimeKind.Utc) });
            await db.SaveChangesAsync();
        }

        Assert.Contains("a decree", (await en.PageAsync(page)).Document.QuerySelector("ul.report-late")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("a decree", await host.Anonymous().GetStringAsync(api), StringComparison.Ordinal);
    }
}

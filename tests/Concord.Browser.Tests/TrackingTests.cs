using Concord.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace Concord.Browser.Tests;

/// <summary>A coordinator's work on the real statement: open a commitment from the statement, assign it, report
/// progress with evidence, and see the dashboard follow.</summary>
[Collection(CorpusCollection.Name)]
public sealed class TrackingTests(CorpusBrowserApp app)
{
    [Fact]
    public async Task Commitment_AssignedAndUpdatedWithEvidence_ShowsOnTheDashboard()
    {
        var page = await app.NewPageAsync("coordinator");
        var statement = new StatementPage(page);
        var commitment = new CommitmentPage(page);
        var home = new HomePage(page);
        await statement.OpenAsync(app.StatementKey);
        var first = page.Locator("table.outline .commitment > a").First;
        await first.ClickAsync();
        int id = commitment.Id;
        await home.OpenAsync();
        await Assertions.Expect(home.LatestUpdateOf(app.StatementKey, id)).ToHaveCountAsync(0);
        await commitment.OpenAsync(id);

        await commitment.AssignAsync("Bộ Ngoại giao (MOFA)");
        await Assertions.Expect(commitment.Saved).ToBeVisibleAsync();
        await Assertions.Expect(commitment.Parties).ToContainTextAsync("Bộ Ngoại giao");
        await commitment.PostUpdateAsync("in-progress", "Hai bên đã họp nhóm công tác lần đầu tại Hà Nội.",
            "Biên bản họp nhóm công tác", "https://example.org/bien-ban-hop");

        await Assertions.Expect(commitment.Saved).ToBeVisibleAsync();
        var update = commitment.Updates.First;
        await Assertions.Expect(update).ToContainTextAsync("Hai bên đã họp nhóm công tác lần đầu tại Hà Nội.");
        await Assertions.Expect(update.GetByRole(AriaRole.Link, new() { Name = "Biên bản họp nhóm công tác" }))
            .ToHaveAttributeAsync("href", "https://example.org/bien-ban-hop");
        await home.OpenAsync();
        await Assertions.Expect(home.LatestUpdateOf(app.StatementKey, id)).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Update_WithoutText_IsRefusedAndKeepsWhatWasTyped()
    {
        var page = await app.NewPageAsync("coordinator");
        var statement = new StatementPage(page);
        var commitment = new CommitmentPage(page);
        await statement.OpenAsync(app.StatementKey);
        await page.Locator("table.outline .commitment > a").Last.ClickAsync();
        // The browser would refuse the empty box itself; the server must refuse it too.
        await page.Locator("#update-text").EvaluateAsync("t => t.removeAttribute('required')");

        await commitment.PostUpdateAsync(null, "", "Báo cáo chưa có nội dung", "https://example.org/bao-cao");

        await Assertions.Expect(commitment.Errors).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#update-etitle")).ToHaveValueAsync("Báo cáo chưa có nội dung");
        await Assertions.Expect(commitment.Updates).ToHaveCountAsync(0);
    }
}

using Concord.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace Concord.Browser.Tests;

/// <summary>The main pages of the demo register, as a newcomer sees them; with CONCORD_SCREENSHOTS=1 they are saved
/// in docs/screenshots/ for the README.</summary>
[Collection(DemoCollection.Name)]
public sealed class ScreenshotTests(DemoBrowserApp app)
{
    [Fact]
    public async Task Home_OnADesktop_ShowsTheDemoDashboard()
    {
        var page = await app.NewPageAsync(width: 1280);
        var home = new HomePage(page);

        await home.OpenAsync();

        await Assertions.Expect(home.Dashboard(app.StatementKey)).ToBeVisibleAsync();
        await Assertions.Expect(home.Dashboard(app.StatementKey).Locator("a[href$=\"#updates\"]").First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "home-desktop");
    }

    [Fact]
    public async Task Home_OnAPhone_FitsTheScreen()
    {
        var page = await app.NewPageAsync(width: 360, height: 780);
        var home = new HomePage(page);

        await home.OpenAsync();

        await Assertions.Expect(home.Dashboard(app.StatementKey)).ToBeVisibleAsync();
        Assert.True(await new Layout(page).FitsTheWidthAsync(), "the home page is wider than a 360 px phone");
        await Screenshots.TakeAsync(page, "home-phone");
    }

    [Fact]
    public async Task Statement_InEnglish_ShowsTheThreeVersions()
    {
        var page = await app.NewPageAsync(width: 1440, height: 1000);
        var statement = new StatementPage(page);
        await statement.OpenAsync(app.StatementKey);

        await new Layout(page).SwitchLanguageAsync("en");

        foreach (var language in new[] { "vi", "en", "ja" })
            await Assertions.Expect(statement.Column(language)).ToBeVisibleAsync();
        await statement.Row("4.5").ScrollIntoViewIfNeededAsync();
        await Screenshots.TakeAsync(page, "statement", fullPage: false);
    }

    [Fact]
    public async Task Commitment_TheSatellite_ShowsTheEditorsUpdateWithEvidence()
    {
        var page = await app.NewPageAsync("editor", width: 1280);
        var statement = new StatementPage(page);
        await statement.OpenAsync(app.StatementKey);

        await statement.Commitments("4.7").First.ClickAsync();

        var commitment = new CommitmentPage(page);
        await Assertions.Expect(commitment.Updates.First).ToContainTextAsync("NORSAT-2");
        await Assertions.Expect(commitment.Updates.First.Locator("a[href^=\"https://example.org/\"]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#update-form")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "commitment");
    }

    [Fact]
    public async Task Search_WithoutDiacritics_FindsTheRingRoad()
    {
        var page = await app.NewPageAsync(width: 1280);
        var search = new SearchPage(page);
        await search.OpenAsync();

        await search.SearchAsync("duong vanh dai");

        await Assertions.Expect(search.Results.First).ToBeVisibleAsync();
        Assert.Contains(await search.Marked.AllTextContentsAsync(), m => m.StartsWith("đường", StringComparison.OrdinalIgnoreCase));
        await Screenshots.TakeAsync(page, "search");
    }

    [Fact]
    public async Task Mechanisms_OnAPhone_ShowTheirCadenceAndFitTheScreen()
    {
        var page = await app.NewPageAsync(width: 360, height: 780);

        await page.GotoAsync("/mechanisms");

        await Assertions.Expect(page.Locator("#mechanisms tbody tr").First).ToBeVisibleAsync();
        Assert.True(await new Layout(page).FitsTheWidthAsync(), "the mechanisms page is wider than a 360 px phone");
        await Screenshots.TakeAsync(page, "mechanisms-phone");
    }
}

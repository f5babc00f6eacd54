using Concord.Browser.Tests.Pages;
using Concord.Text.Tests;
using Microsoft.Playwright;

namespace Concord.Browser.Tests;

/// <summary>A coordinator adds a news article to the real statement through its press section and reads it with its
/// claims marked: the verdict in words beside each, and a click from the verdict to the evidence.</summary>
[Collection(CorpusCollection.Name)]
public sealed class PressTests(CorpusBrowserApp app)
{
    [Fact]
    public async Task Article_AddedThroughTheStatementPage_ShowsTravellersContradicted_AndLeadsToTheEvidence()
    {
        var page = await app.NewPageAsync("coordinator");
        var statement = new StatementPage(page);
        var article = new ArticlePage(page);
        await statement.OpenAsync(app.StatementKey);

        await statement.AddArticleAsync(Corpus.Path(Corpus.HanoiTimes));

        var travellers = article.Claim("620,000");
        await Assertions.Expect(travellers).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("verdict-contradicted"));
        var verdict = article.VerdictOf(travellers);
        await Assertions.Expect(verdict).ToContainTextAsync("Mâu thuẫn");
        await Assertions.Expect(article.Summary).ToContainTextAsync("Có căn cứ");
        await Screenshots.TakeAsync(page, "article", fullPage: false);
        await verdict.ClickAsync();
        string detail = (await verdict.GetAttributeAsync("href"))!;
        await Assertions.Expect(page.Locator(detail)).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator(detail + " table.differences")).ToContainTextAsync("Phạm vi");
        await Screenshots.TakeAsync(page, "article-evidence", fullPage: false);

        await page.Locator(detail + " table.differences a").First.ClickAsync();
        await page.WaitForURLAsync("**/statements/**#item-*");
        string item = Uri.UnescapeDataString(new Uri(page.Url).Fragment[1..]);
        await Assertions.Expect(page.Locator($"[id=\"{item}\"]")).ToContainTextAsync("620");
        await Assertions.Expect(page.Locator("#press table.press")).ToContainTextAsync("Vietnam, Japan sign");
    }

    [Fact]
    public async Task ArticlePage_OnAPhone_FitsTheWidth()
    {
        var page = await app.NewPageAsync("coordinator", width: 360, height: 780);
        await new StatementPage(page).OpenAsync(app.StatementKey);
        await new StatementPage(page).AddArticleAsync(Corpus.Path(Corpus.Rewritten));

        await Assertions.Expect(new ArticlePage(page).Claim("over $20 billion")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("verdict-overstated"));
        Assert.True(await new Layout(page).FitsTheWidthAsync(), "the article page is wider than a 360 px phone");
    }
}

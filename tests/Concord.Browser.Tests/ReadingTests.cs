using Concord.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace Concord.Browser.Tests;

/// <summary>Reading the real 2025 statement: side by side, in either language of the pages, and searching it.</summary>
[Collection(CorpusCollection.Name)]
public sealed class ReadingTests(CorpusBrowserApp app)
{
    [Fact]
    public async Task Statement_BothVersions_ShownSideBySideItemByItem()
    {
        var page = await app.NewPageAsync("viewer");
        var statement = new StatementPage(page);

        await statement.OpenAsync(app.StatementKey);

        await Assertions.Expect(statement.Column("vi")).ToBeVisibleAsync();
        await Assertions.Expect(statement.Column("en")).ToBeVisibleAsync();
        await Assertions.Expect(statement.Cell("1", "vi")).ToContainTextAsync("Thủ tướng");
        await Assertions.Expect(statement.Cell("1", "en")).ToContainTextAsync("Prime Minister");
        Assert.True(await page.Locator("table.outline tbody tr").CountAsync() > 20);
    }

    [Fact]
    public async Task Statement_OnlyVietnameseChosen_HidesTheEnglishColumn()
    {
        var page = await app.NewPageAsync("viewer");
        var statement = new StatementPage(page);
        await statement.OpenAsync(app.StatementKey);

        await statement.ShowOnlyAsync("vi");

        await Assertions.Expect(statement.Column("vi")).ToBeVisibleAsync();
        await Assertions.Expect(statement.Column("en")).ToHaveCountAsync(0);
        Assert.Contains("lang=vi", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_SwitchedToEnglish_StaysEnglishOnTheNextPage()
    {
        var page = await app.NewPageAsync("viewer");
        var layout = new Layout(page);
        await new HomePage(page).OpenAsync();
        Assert.Equal("vi", await layout.LanguageAsync());
        await Assertions.Expect(layout.Heading).ToHaveTextAsync("Các tuyên bố");

        await layout.SwitchLanguageAsync("en");
        await Assertions.Expect(layout.Heading).ToHaveTextAsync("Statements");
        await new StatementPage(page).OpenAsync(app.StatementKey);

        Assert.Equal("en", await layout.LanguageAsync());
        await Assertions.Expect(page.Locator("table.outline thead th[lang=vi]")).ToHaveTextAsync("Vietnamese");
    }

    [Fact]
    public async Task Search_WithoutDiacritics_FindsAndMarksTheVietnameseWords()
    {
        var page = await app.NewPageAsync("viewer");
        var search = new SearchPage(page);
        await search.OpenAsync();

        await search.SearchAsync("hop tac");

        await Assertions.Expect(search.Results.First).ToBeVisibleAsync();
        var marked = await search.Marked.AllTextContentsAsync();
        Assert.Contains(marked, m => string.Equals(m, "hợp", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(marked, m => string.Equals(m, "tác", StringComparison.OrdinalIgnoreCase));
    }
}

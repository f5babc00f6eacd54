using Microsoft.Playwright;

namespace Concord.Browser.Tests.Pages;

/// <summary><c>/search</c>: one box, results with the words found marked.</summary>
public sealed class SearchPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/search");

    public async Task SearchAsync(string query)
    {
        await page.Locator("#q").FillAsync(query);
        await page.Locator("form[role=search] button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public ILocator Results => page.Locator("main ol.results > li");

    public ILocator Marked => page.Locator("main ol.results mark");
}

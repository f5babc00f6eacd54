using Microsoft.Playwright;

namespace Concord.Browser.Tests.Pages;

/// <summary><c>/statements/{key}</c>: the outline with the language versions side by side.</summary>
public sealed class StatementPage(IPage page)
{
    public async Task OpenAsync(string key) => await page.GotoAsync("/statements/" + Uri.EscapeDataString(key));

    /// <summary>The column headers of the versions shown, by language.</summary>
    public ILocator Column(string language) => page.Locator($"table.outline thead th[lang=\"{language}\"]");

    public ILocator Row(string path) => page.Locator($"table.outline tr[id=\"item-{path}\"]");

    public ILocator Cell(string path, string language) => Row(path).Locator($"td[lang=\"{language}\"]");

    /// <summary>The links to the commitments read from the item.</summary>
    public ILocator Commitments(string path) => Row(path).Locator(".commitment > a");

    /// <summary>Adds a press article from a file through the press section's form, as a person would, and waits for
    /// the article's page.</summary>
    public async Task AddArticleAsync(string file)
    {
        await page.Locator("#article-file").SetInputFilesAsync(file);
        await page.Locator("form#article-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/articles/**");
    }

    /// <summary>Ticks only the given languages in the version chooser and shows them.</summary>
    public async Task ShowOnlyAsync(params string[] languages)
    {
        foreach (var box in await page.Locator("input[type=checkbox][name=lang]").AllAsync())
        {
            string? value = await box.GetAttributeAsync("value");
            await box.SetCheckedAsync(Array.IndexOf(languages, value) >= 0);
        }
        await page.Locator("form:has(input[name=lang]) button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}

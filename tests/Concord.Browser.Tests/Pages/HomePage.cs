using Microsoft.Playwright;

namespace Concord.Browser.Tests.Pages;

/// <summary><c>/</c>: the statements, each with its dashboard.</summary>
public sealed class HomePage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/");

    public ILocator Dashboard(string key) => page.Locator($"section.dashboard[aria-labelledby=\"s-{key}\"]");

    /// <summary>The link to a commitment's updates, which the dashboard's latest updates carry.</summary>
    public ILocator LatestUpdateOf(string key, int commitmentId) =>
        Dashboard(key).Locator($"a[href=\"/commitments/{commitmentId}#updates\"]");
}

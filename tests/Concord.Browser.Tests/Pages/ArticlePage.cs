using Microsoft.Playwright;

namespace Concord.Browser.Tests.Pages;

/// <summary><c>/articles/{id}</c>: a press article with its claims marked.</summary>
public sealed class ArticlePage(IPage page)
{
    /// <summary>The first marked claim whose text has <paramref name="words"/>.</summary>
    public ILocator Claim(string words) => page.Locator(".article-text mark.claim", new() { HasText = words }).First;

    /// <summary>The verdict written after a marked claim, which links to its evidence.</summary>
    public ILocator VerdictOf(ILocator claim) => claim.Locator("xpath=following-sibling::a[1]");

    public ILocator Summary => page.Locator("ul.verdict-counts");
}

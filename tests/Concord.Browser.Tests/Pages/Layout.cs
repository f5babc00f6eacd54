using Microsoft.Playwright;

namespace Concord.Browser.Tests.Pages;

/// <summary>What every page has: the language switch, the account (sign in, or who is signed in and sign out), the
/// navigation and the main region.</summary>
public sealed class Layout(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Main => Page.Locator("main#main");

    public ILocator Heading => Main.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The page's language as the document says it ("vi", "en").</summary>
    public Task<string?> LanguageAsync() => Page.Locator("html").GetAttributeAsync("lang");

    /// <summary>Presses the language's button in the header, as a person would, and waits for the page in it.</summary>
    public async Task SwitchLanguageAsync(string culture)
    {
        await Page.Locator($"form.lang button[value=\"{culture}\"]").ClickAsync();
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", culture);
    }

    public ILocator SignInLink => Page.Locator("header a.account");

    public ILocator SignedInAs => Page.Locator("header form.account .user");

    public async Task SignOutAsync()
    {
        await Page.Locator("header form.account button[type=submit]").ClickAsync();
        await Assertions.Expect(SignInLink).ToBeVisibleAsync();
    }

    public ILocator Navigation => Page.Locator("header nav");

    /// <summary>Whether the page is no wider than the window: nothing to scroll sideways on a phone.</summary>
    public Task<bool> FitsTheWidthAsync() =>
        Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
}

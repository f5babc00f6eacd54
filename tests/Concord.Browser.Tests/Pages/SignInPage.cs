using Microsoft.Playwright;

namespace Concord.Browser.Tests.Pages;

/// <summary><c>/signin</c>: the form a person signs in with.</summary>
public sealed class SignInPage(IPage page)
{
    public const string Path = "/signin";

    public ILocator UserName => page.Locator("#userName");
    public ILocator Password => page.Locator("#password");
    public ILocator Error => page.Locator("main [role=alert]");

    public async Task OpenAsync() => await page.GotoAsync(Path);

    /// <summary>Types the name and the password and presses the button; waits for the next page to load.</summary>
    public async Task SubmitAsync(string user, string password)
    {
        await UserName.FillAsync(user);
        await Password.FillAsync(password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}

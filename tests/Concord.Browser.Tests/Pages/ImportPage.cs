using Microsoft.Playwright;

namespace Concord.Browser.Tests.Pages;

/// <summary><c>/import</c>: statement files chosen one per slot, read and previewed, then saved or cancelled.</summary>
public sealed class ImportPage(IPage page)
{
    public const string Path = "/import";

    public ILocator Preview => page.Locator("#preview");
    public ILocator FileRows => page.Locator("#preview-files tbody tr");
    public ILocator Errors => page.Locator("#import-errors");

    /// <summary>Reading and the dry run of a whole statement take seconds on a loaded machine: the page waits longer.</summary>
    static readonly PageWaitForURLOptions Slow = new() { Timeout = 60_000, WaitUntil = WaitUntilState.DOMContentLoaded };

    /// <summary>Chooses <paramref name="files"/> in the first slots, all as official texts, and asks for the preview;
    /// waits for the preview (or the refusal) to load.</summary>
    public async Task PreviewAsync(params string[] files)
    {
        for (int i = 0; i < files.Length; i++)
            await page.Locator($"#file{i}").SetInputFilesAsync(files[i]);
        await page.Locator("form#import-statements button[type=submit]").ClickAsync();
        await page.Locator("#preview, #import-errors").First.WaitForAsync(new() { Timeout = 60_000 });
    }


    /// <summary>Saves the previewed upload and waits for the statement's page; if the save ends anywhere else, fails
    /// with where it ended and what that page said.</summary>
    public async Task SaveAsync()
    {
        await page.Locator("form#save-import button[type=submit]").ClickAsync();
        try
        {
            await page.WaitForURLAsync("**/statements/**", Slow);
        }
        catch (TimeoutException e)
        {
            string said = await page.Locator("main").InnerTextAsync(new() { Timeout = 5_000 }).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "(no main)");
            throw new TimeoutException($"the save did not reach a statement's page within 60 s; the page is {page.Url}, saying: {said}", e);
        }
    }
}

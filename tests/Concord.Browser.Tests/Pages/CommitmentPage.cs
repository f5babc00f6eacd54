using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Concord.Browser.Tests.Pages;

/// <summary><c>/commitments/{id}</c>: the commitment, its parties and agencies, its updates, and the forms to update
/// and edit it.</summary>
public sealed partial class CommitmentPage(IPage page)
{
    public async Task OpenAsync(int id) => await page.GotoAsync($"/commitments/{id}");

    /// <summary>The commitment's id, read from the address.</summary>
    public int Id => int.Parse(IdInPath().Match(new Uri(page.Url).AbsolutePath).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    public ILocator Saved => page.Locator("main .notice.ok[role=status]");

    public ILocator Errors => page.Locator("main .notice.error[role=alert]");

    public ILocator Parties => page.Locator("main table").First;

    public ILocator Updates => page.Locator("main ol.updates > li");

    public ILocator Sources => page.Locator("main .versions section");

    /// <summary>Chooses the agency in the edit form's empty row, as lead or support, and saves.</summary>
    public async Task AssignAsync(string agencyLabel, string role = "lead")
    {
        var form = page.Locator("#edit-form");
        var rows = form.Locator(".assignment");
        var last = rows.Nth(await rows.CountAsync() - 1);
        await last.Locator("select[name$=\".AgencyId\"]").SelectOptionAsync(new SelectOptionValue { Label = agencyLabel });
        await last.Locator("select[name$=\".Role\"]").SelectOptionAsync(role);
        await form.Locator("button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>Fills the update form (status as its kebab-case value, "in-progress") with one evidence link, and posts it.</summary>
    public async Task PostUpdateAsync(string? status, string text, string evidenceTitle, string evidenceUrl)
    {
        if (status is not null) await page.Locator("#update-status").SelectOptionAsync(status);
        await page.Locator("#update-text").FillAsync(text);
        await page.Locator("#update-etitle").FillAsync(evidenceTitle);
        await page.Locator("#update-url").FillAsync(evidenceUrl);
        await page.Locator("#update-form button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    [GeneratedRegex(@"^/commitments/(\d{1,9})$")]
    private static partial Regex IdInPath();
}

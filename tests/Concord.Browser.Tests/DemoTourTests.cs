using Microsoft.Playwright;

namespace Concord.Browser.Tests;

/// <summary>What a newcomer sees in <c>concord demo</c>: public reading, the sample statement, the demo's users.</summary>
[Collection(DemoCollection.Name)]
public sealed class DemoTourTests(DemoBrowserApp app)
{
    [Fact]
    public async Task Demo_Anonymous_ReadsTheSampleStatement()
    {
        var page = await app.NewPageAsync();

        var response = await page.GotoAsync($"/api/statements/{app.StatementKey}");

        Assert.Equal(200, response!.Status);
        Assert.Contains("Aurelia", await page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_EditorWithThePrintedPassword_IsSignedInAsAnAgencyEditor()
    {
        var page = await app.NewPageAsync("editor");

        var response = await page.GotoAsync("/api/session");

        Assert.Equal(200, response!.Status);
        Assert.Contains("agency-editor", await page.ContentAsync(), StringComparison.Ordinal);
    }
}

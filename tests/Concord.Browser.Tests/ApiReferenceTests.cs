using Microsoft.Playwright;

namespace Concord.Browser.Tests;

[Collection(AppCollection.Name)]
public sealed class ApiReferenceTests(BrowserApp app)
{
    [Fact]
    public async Task Reference_Opened_ListsTheRegistersOperations()
    {
        var page = await app.NewPageAsync();

        var response = await page.GotoAsync("/api/reference");

        Assert.True(response!.Ok, $"GET /api/reference: {response.Status}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "concord", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Statements", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "get /api/statements", Exact = true })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "api-reference");
    }

    [Fact]
    public async Task SignIn_ThroughTheSession_TheBrowserReadsTheRegister()
    {
        var page = await app.NewPageAsync();
        var before = await page.GotoAsync("/api/statements");

        await Session.SignInAsync(page.Context, "viewer", BrowserApp.Password);
        var after = await page.GotoAsync("/api/statements");

        Assert.Equal(401, before!.Status);
        Assert.Equal(200, after!.Status);
        Assert.Contains("\"items\"", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal("viewer", await Session.UserAsync(page.Context));
    }
}

using Concord.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace Concord.Browser.Tests;

[Collection(AppCollection.Name)]
public sealed class SignInTests(BrowserApp app)
{
    [Fact]
    public async Task SignIn_WithTheForm_ShowsWhoIsSignedInUntilSignOut()
    {
        var page = await app.NewPageAsync();
        var signIn = new SignInPage(page);
        var layout = new Layout(page);

        await signIn.OpenAsync();
        await signIn.SubmitAsync("coordinator", BrowserApp.Password);

        await Assertions.Expect(layout.SignedInAs).ToContainTextAsync("coordinator");
        Assert.Equal("coordinator", await Session.UserAsync(page.Context));
        await layout.SignOutAsync();
        Assert.Null(await Session.UserAsync(page.Context));
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoAndSignsNobodyIn()
    {
        var page = await app.NewPageAsync();
        var signIn = new SignInPage(page);

        await signIn.OpenAsync();
        await signIn.SubmitAsync("viewer", "not the password at all");

        await Assertions.Expect(signIn.Error).ToBeVisibleAsync();
        await Assertions.Expect(signIn.UserName).ToHaveValueAsync("viewer");
        Assert.Null(await Session.UserAsync(page.Context));
    }
}

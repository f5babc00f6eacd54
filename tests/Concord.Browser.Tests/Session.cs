using System.Text.Json;
using Microsoft.Playwright;

namespace Concord.Browser.Tests;

/// <summary>Signing in and out through <c>/api/session</c> from a browser context: the cookie it sets is the
/// browser's, as if the person had signed in on a page.</summary>
public static class Session
{
    public static async Task SignInAsync(IBrowserContext context, string user, string password)
    {
        var response = await context.APIRequest.PostAsync("/api/session", new APIRequestContextOptions
        {
            DataObject = new { userName = user, password },
        });
        Assert.True(response.Ok, $"signing in as {user}: {response.Status} {await response.TextAsync()}");
    }

    /// <summary>Who the browser is signed in as, or null.</summary>
    public static async Task<string?> UserAsync(IBrowserContext context)
    {
        var response = await context.APIRequest.GetAsync("/api/session");
        if (!response.Ok) return null;
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("userName").GetString();
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Concord.Web;

/// <summary>How long a sign-in lasts (ASVS 3.3.2): it ends after <see cref="IdleTimeout"/> without a request, and in
/// any case <see cref="AbsoluteLifetime"/> after the password was given, however busy the session.</summary>
public static class Sessions
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);
    const string StartedItem = "concord.started";

    /// <summary>Notes when the password was given; a new cookie for the same person (a language switch) keeps that time.</summary>
    public static async Task SigningInAsync(CookieSigningInContext context, TimeProvider clock)
    {
        string now = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var current = await context.HttpContext.AuthenticateAsync(Policies.CookieScheme);
        bool same = current.Succeeded && current.Principal?.Identity?.Name == context.Principal?.Identity?.Name;
        context.Properties.Items[StartedItem] = same && current.Properties?.Items.TryGetValue(StartedItem, out var started) == true ? started : now;
    }

    /// <summary>Whether the session began longer ago than <see cref="AbsoluteLifetime"/> (or has no start at all).</summary>
    public static bool Expired(AuthenticationProperties properties, TimeProvider clock) =>
        !properties.Items.TryGetValue(StartedItem, out var value)
        || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var started)
        || clock.GetUtcNow() - started > AbsoluteLifetime;
}

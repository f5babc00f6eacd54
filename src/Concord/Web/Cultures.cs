using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Localization;

namespace Concord.Web;

/// <summary>The languages of the pages: Vietnamese by default, English; chosen by the signed-in user's saved culture,
/// else the culture cookie that the language switcher sets.</summary>
public static class Cultures
{
    public const string Default = "vi";
    public const string Claim = "concord:culture";
    public static readonly IReadOnlyList<string> Supported = ["vi", "en"];

    /// <summary>The cookie the switcher sets; ASP.NET Core's own name, so its provider reads it.</summary>
    public static string CookieName => CookieRequestCultureProvider.DefaultCookieName;

    /// <summary>The supported culture named, or null.</summary>
    public static string? Parse(string? name) =>
        Supported.FirstOrDefault(c => string.Equals(c, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string CookieValue(string culture) =>
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture));

    public static RequestLocalizationOptions Options()
    {
        var cultures = Supported.Select(CultureInfo.GetCultureInfo).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Default),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };
        options.RequestCultureProviders =
        [
            new CustomRequestCultureProvider(http => Task.FromResult(FromUser(http.User))),
            new CookieRequestCultureProvider(),
        ];
        return options;
    }

    static ProviderCultureResult? FromUser(ClaimsPrincipal user) =>
        Parse(user.FindFirstValue(Claim)) is { } culture ? new ProviderCultureResult(culture) : null;
}

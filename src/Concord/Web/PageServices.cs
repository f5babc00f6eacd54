using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.WebEncoders;

namespace Concord.Web;

/// <summary>The services of the pages: Razor Pages under /Features, reading only for those allowed to read (anyone
/// with --public), the strings in Vietnamese and English, antiforgery on every form.</summary>
public static class PageServices
{
    public static IServiceCollection AddConcordPages(this IServiceCollection services, ServeSettings settings)
    {
        services.AddLocalization();
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AuthorizeFolder("/", Policies.Read);
            o.Conventions.AuthorizeFolder("/Admin", Policies.Coordinate);
            o.Conventions.AuthorizePage("/Admin/Users", Policies.Admin);
            o.Conventions.AddPageRoute("/Report/Report", "/report");
            o.Conventions.AllowAnonymousToPage("/Accounts/SignIn");
            o.Conventions.AllowAnonymousToPage("/Accounts/SignOut");
            o.Conventions.AllowAnonymousToPage("/ErrorPages/Error");
            o.Conventions.AllowAnonymousToPage("/Culture/Culture");
        }).AddViewLocalization();
        // Vietnamese and Japanese go out as characters, not entities; markup characters are still encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<AntiforgeryOptions>(o =>
        {
            o.Cookie.Name = "concord.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = settings.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__RequestVerificationToken";
        });
        return services;
    }

    /// <summary>The JSON API and its documents answer with ProblemDetails; everything else is a page.</summary>
    public static bool IsApi(this HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where to send someone who must sign in, back to <paramref name="request"/> afterwards.</summary>
    public static string SignInAddress(HttpRequest request) =>
        "/signin?returnUrl=" + Uri.EscapeDataString(request.PathBase + request.Path + request.QueryString);
}

namespace Concord.Web;

/// <summary>Headers that keep the pages from being framed, sniffed or made to run what they did not ship: scripts and
/// styles only from the app's own files (no inline script or style), no plugins, forms posting only to the app.</summary>
public static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // Set when the answer starts, so that an exception handler that clears the response cannot drop them.
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            Apply(http);
            return Task.CompletedTask;
        });
        return next(http);
    });

    static void Apply(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        if (http.Request.IsHttps) headers.StrictTransportSecurity = "max-age=31536000";
        // The API reference page is a third-party page with its own inline script: it gets framing rules only.
        headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/api/reference", StringComparison.OrdinalIgnoreCase)
            ? "frame-ancestors 'none'"
            : Policy;
    }
}

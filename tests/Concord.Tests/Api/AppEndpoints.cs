using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Tests.Api;

/// <summary>The endpoints the app itself maps (API routes and pages), read from its EndpointDataSource, so that a
/// matrix test can tell when an endpoint has no row.</summary>
public static partial class AppEndpoints
{
    public sealed record Endpoint(string Method, string Pattern)
    {
        readonly Regex shape = new("^/" + Placeholder().Replace(Regex.Escape(Pattern.TrimStart('/')).Replace(@"\{", "{", StringComparison.Ordinal), "[^/]*") + "$",
            RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

        /// <summary>Whether a concrete address (its query aside) fits the pattern.</summary>
        public bool Matches(string url) => shape.IsMatch(url.Split('?')[0].TrimEnd('/') is { Length: > 0 } path ? path : "/");
    }

    /// <summary>Every method and route of the JSON API and its documents.</summary>
    public static IReadOnlyList<Endpoint> Api(WebApplication app) => Routes(app)
        .Where(r => !IsPage(r) && (r.RoutePattern.RawText ?? "").TrimStart('/') is var p
            && (p.StartsWith("api", StringComparison.Ordinal) || p.StartsWith("openapi", StringComparison.Ordinal)))
        .SelectMany(r => (r.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => new Endpoint(m, Trim(r))))
        .Distinct().ToList();

    /// <summary>Every page route (its GET; the forms are found from the page models).</summary>
    public static IReadOnlyList<Endpoint> Pages(WebApplication app) => Routes(app)
        .Where(IsPage).Select(r => new Endpoint("GET", Trim(r))).Distinct().ToList();

    static string Trim(RouteEndpoint r) => "/" + (r.RoutePattern.RawText ?? "").TrimStart('/').TrimEnd('/');

    static bool IsPage(RouteEndpoint r) => r.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null;

    static IEnumerable<RouteEndpoint> Routes(WebApplication app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    [GeneratedRegex(@"\{[^}]{1,100}\}")]
    private static partial Regex Placeholder();
}

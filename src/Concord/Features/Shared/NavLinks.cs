using System.Security.Claims;
using Concord.Web;

namespace Concord.Features.Shared;

/// <summary>The links of the main navigation, those the caller may use.</summary>
public static class NavLinks
{
    public sealed record Link(string Key, string Href);

    static readonly Link[] Everyone =
    [
        new("Nav.Home", "/"),
        new("Nav.Timeline", "/timeline"),
        new("Nav.Registers", "/registers"),
        new("Nav.Search", "/search"),
        new("Nav.Report", "/report"),
    ];

    public static IEnumerable<Link> For(ClaimsPrincipal user)
    {
        foreach (var link in Everyone) yield return link;
        if (user.Coordinates()) yield return new("Nav.Import", "/import");
        if (user.Coordinates()) yield return new("Nav.Admin", "/admin");
    }

    public static bool IsCurrent(Link link, PathString path) => link.Href == "/"
        ? path == "/"
        : path.StartsWithSegments(link.Href, StringComparison.OrdinalIgnoreCase);
}

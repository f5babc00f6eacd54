using System.Globalization;
using System.Security.Claims;
using Concord.Data.Accounts;
using Concord.Features.Accounts;

namespace Concord.Web;

/// <summary>Who is calling, read from the claims the sign-in or the token gave.</summary>
public static class Caller
{
    const string AgencyClaim = "concord:agency";

    public static ClaimsPrincipal Principal(User user, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Role, Roles.Name(user.Role)),
            new(Cultures.Claim, user.Culture),
        };
        if (user.AgencyId is { } agency) claims.Add(new Claim(AgencyClaim, agency.ToString(CultureInfo.InvariantCulture)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static string? Culture(this ClaimsPrincipal user) => user.FindFirstValue(Cultures.Claim);

    public static string Name(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";

    public static Role? Role(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? Roles.Parse(user.FindFirstValue(ClaimTypes.Role)) : null;

    public static int? AgencyId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(AgencyClaim), NumberStyles.None, CultureInfo.InvariantCulture, out int id) ? id : null;

    /// <summary>Agency editors, coordinators and admins: those who may add work to the register.</summary>
    public static bool Edits(this ClaimsPrincipal user) => user.Role() is Data.Accounts.Role.AgencyEditor or Data.Accounts.Role.Coordinator or Data.Accounts.Role.Admin;

    /// <summary>Coordinators and admins may change every record.</summary>
    public static bool Coordinates(this ClaimsPrincipal user) => user.Role() is Data.Accounts.Role.Coordinator or Data.Accounts.Role.Admin;
}

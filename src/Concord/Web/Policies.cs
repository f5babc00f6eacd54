namespace Concord.Web;

/// <summary>The authorization policies: read (signed in, or anyone with --public), edit (agency editors and up;
/// an agency editor further only on the commitments of their agency), coordinate, and admin.</summary>
public static class Policies
{
    public const string Read = "read";
    public const string Edit = "edit";
    public const string Coordinate = "coordinate";
    public const string Admin = "admin";

    /// <summary>The scheme that picks bearer tokens or the cookie for each request.</summary>
    public const string Scheme = "concord";
    public const string CookieScheme = "cookie";
    public const string TokenScheme = "token";
}

using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Web;

/// <summary>A record's ETag is its Version in quotes. Changing a record requires an If-Match with the version
/// that was read: missing is 428, stale is 412.</summary>
public static class ETags
{
    public static string Of(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    public static void Set(HttpContext http, long version) => http.Response.Headers.ETag = Of(version);

    /// <summary>Null when the request's If-Match names <paramref name="current"/>; else the problem to answer.</summary>
    public static ProblemHttpResult? Check(HttpContext http, long current)
    {
        string? header = http.Request.Headers.IfMatch;
        if (string.IsNullOrWhiteSpace(header)) return Problems.NeedsIfMatch();
        string value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..];
        if (value.Length < 3 || value[0] != '"' || value[^1] != '"'
            || !long.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out long version))
            return Problems.BadIfMatch(header);
        return version == current ? null : Problems.Stale(current);
    }
}

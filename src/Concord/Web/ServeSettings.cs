using Concord.Data.Tracking;

namespace Concord.Web;

/// <summary>How <c>concord serve</c> runs: where it listens, whether anyone may read without signing in, the
/// due-soon window, the largest evidence file accepted, how many sign-ins one address may try a minute, and whether
/// cookies are marked Secure even on plain HTTP (for a server behind a reverse proxy that terminates TLS).</summary>
public sealed record ServeSettings(
    string Urls = ServeSettings.DefaultUrls,
    bool Public = false,
    int DueSoonDays = Deadlines.DefaultDueSoonDays,
    long MaxUploadBytes = ServeSettings.DefaultMaxUploadBytes,
    int SignInsPerMinute = ServeSettings.DefaultSignInsPerMinute,
    bool SecureCookies = false)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
    public const long DefaultMaxUploadBytes = 20 * 1024 * 1024;
    public const int DefaultSignInsPerMinute = 10;
}

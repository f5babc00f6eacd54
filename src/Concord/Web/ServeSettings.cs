using System.Net;
using Concord.Data.Tracking;

namespace Concord.Web;

/// <summary>How <c>concord serve</c> runs: where it listens, whether anyone may read without signing in, the
/// due-soon window, the largest evidence file accepted, how many sign-ins one address may try a minute, whether
/// cookies are marked Secure even on plain HTTP (for a server behind a reverse proxy that terminates TLS), and the
/// reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed.</summary>
public sealed record ServeSettings(
    string Urls = ServeSettings.DefaultUrls,
    bool Public = false,
    int DueSoonDays = Deadlines.DefaultDueSoonDays,
    long MaxUploadBytes = ServeSettings.DefaultMaxUploadBytes,
    int SignInsPerMinute = ServeSettings.DefaultSignInsPerMinute,
    bool SecureCookies = false,
    IReadOnlyList<IPNetwork>? TrustedProxies = null)
{
    /// <summary>Reads one <c>--trusted-proxy</c> value: an address (<c>10.0.0.5</c>, <c>::1</c>) or a network
    /// (<c>10.0.0.0/8</c>).</summary>
    public static bool TryParseProxy(string value, out IPNetwork network)
    {
        value = value.Trim();
        if (IPAddress.TryParse(value, out var address) && !value.Contains('/', StringComparison.Ordinal))
        {
            network = new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }
        // "10.0.0.1/8" names an address and a network at once, most likely one by mistake: refused, not masked.
        return IPNetwork.TryParse(value, out network) && IPAddress.TryParse(value.Split('/')[0], out var given) && given.Equals(network.BaseAddress);
    }

    public const string DefaultUrls = "http://127.0.0.1:5080";
    public const long DefaultMaxUploadBytes = 20 * 1024 * 1024;
    public const int DefaultSignInsPerMinute = 10;
}

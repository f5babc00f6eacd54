using Concord.Data.Tracking;

namespace Concord.Web;

/// <summary>How <c>concord serve</c> runs: where it listens, whether anyone may read without signing in, the
/// due-soon window and the largest evidence file accepted.</summary>
public sealed record ServeSettings(
    string Urls = ServeSettings.DefaultUrls,
    bool Public = false,
    int DueSoonDays = Deadlines.DefaultDueSoonDays,
    long MaxUploadBytes = ServeSettings.DefaultMaxUploadBytes)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
    public const long DefaultMaxUploadBytes = 20 * 1024 * 1024;
}

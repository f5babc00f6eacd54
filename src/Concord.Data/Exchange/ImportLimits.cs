namespace Concord.Data.Exchange;

/// <summary>How much an import file may hold. An XLSX is a zip: its parts are counted as they inflate, so a small
/// file that would inflate to gigabytes (a zip bomb) is refused after <see cref="MaxInflatedBytes"/>, and one of
/// more than <see cref="MaxParts"/> parts before any is inflated.</summary>
public sealed record ImportLimits(long MaxFileBytes = 64L * 1024 * 1024, long MaxInflatedBytes = 256L * 1024 * 1024, int MaxRows = 200_000, int MaxParts = 10_000)
{
    public static readonly ImportLimits Default = new();
}

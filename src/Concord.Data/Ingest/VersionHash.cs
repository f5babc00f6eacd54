using System.Security.Cryptography;
using System.Text;

namespace Concord.Data.Ingest;

/// <summary>The SHA-256 of a version's normalised text, in lower-case hex.</summary>
internal static class VersionHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

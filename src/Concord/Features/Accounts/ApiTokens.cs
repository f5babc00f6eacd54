using System.Security.Cryptography;
using System.Text;

namespace Concord.Features.Accounts;

/// <summary>API tokens: "cnc_" and 32 random bytes in base64url. Only the SHA-256 of a token is stored.</summary>
public static class ApiTokens
{
    public const string Scheme = "cnc_";

    public static string NewToken() => Scheme + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>Lower-case hex SHA-256 of the token's UTF-8 bytes.</summary>
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The start of a token, shown in lists so that a person can tell their tokens apart.</summary>
    public static string Prefix(string token) => token[..Math.Min(12, token.Length)];

    static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

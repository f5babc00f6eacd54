namespace Concord.Data.Accounts;

/// <summary>A token a program uses to call the API as a user. Only its SHA-256 is kept; the token itself is
/// shown once, when it is made.</summary>
public sealed class ApiToken
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public User User { get; set; } = null!;
    public required string Name { get; set; }
    public required string Hash { get; set; }

    /// <summary>The first characters of the token, so that a person can tell their tokens apart.</summary>
    public required string Prefix { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
}

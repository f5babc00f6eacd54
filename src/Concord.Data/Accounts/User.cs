namespace Concord.Data.Accounts;

/// <summary>A person who signs in. An agency editor may update only the commitments their agency is assigned to.</summary>
public sealed class User
{
    public int Id { get; set; }
    public required string UserName { get; set; }
    public string DisplayName { get; set; } = "";

    /// <summary>ASP.NET Core Identity's password hash; never the password.</summary>
    public required string PasswordHash { get; set; }
    public Role Role { get; set; }
    public int? AgencyId { get; set; }

    /// <summary>"vi" or "en": the language of the pages and reports.</summary>
    public string Culture { get; set; } = "vi";
    public bool Disabled { get; set; }
    public int FailedSignIns { get; set; }
    public DateTime? LockedUntil { get; set; }
    public DateTime CreatedAt { get; set; }
    public long Version { get; set; }
}

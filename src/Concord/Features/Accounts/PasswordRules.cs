namespace Concord.Features.Accounts;

/// <summary>What a password must be: at least 12 characters, at most 256, and not the user name.</summary>
public static class PasswordRules
{
    public const int MinLength = 12;
    public const int MaxLength = 256;

    /// <summary>A message for a person when <paramref name="password"/> breaks a rule, or null.</summary>
    public static string? Check(string userName, string password)
    {
        if (password.Length < MinLength)
            return $"The password must have at least {MinLength} characters; it has {password.Length}.";
        if (password.Length > MaxLength)
            return $"The password may have at most {MaxLength} characters.";
        if (string.IsNullOrWhiteSpace(password))
            return "The password cannot be only spaces.";
        if (password.Contains(userName, StringComparison.OrdinalIgnoreCase) && userName.Length > 0)
            return "The password must not contain the user name.";
        return null;
    }
}

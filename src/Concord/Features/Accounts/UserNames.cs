namespace Concord.Features.Accounts;

/// <summary>What a user name may be: 2 to 64 letters, digits, '.', '-', '_' or '@'.</summary>
public static class UserNames
{
    public static string? Check(string name)
    {
        if (name.Length is < 2 or > 64)
            return "A user name has 2 to 64 characters.";
        foreach (char c in name)
            if (!char.IsLetterOrDigit(c) && c is not ('.' or '-' or '_' or '@'))
                return $"A user name may hold letters, digits, '.', '-', '_' and '@', not '{c}'.";
        return null;
    }
}

using Concord.Formats;

namespace Concord.Web;

/// <summary>Reads enum values as the API writes them ("in-progress", "official-act").</summary>
public static class EnumNames
{
    public static bool TryParse<T>(string? name, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
            if (string.Equals(Kebab.Of(candidate), name, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        value = default;
        return false;
    }

    /// <summary>"not-started, in-progress, ..." for messages.</summary>
    public static string All<T>() where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(Kebab.Of));
}

using System.Globalization;

namespace Concord.Text.Dates;

/// <summary>The ways a table word is written in running text: "april", "April", "APRIL".</summary>
internal static class CaseForms
{
    public static IEnumerable<string> Of(string word)
    {
        var lower = word.ToLowerInvariant();
        yield return word;
        yield return lower;
        yield return word.ToUpperInvariant();
        if (lower.Length > 0)
            yield return string.Concat(lower[..1].ToUpperInvariant(), lower.AsSpan(1));
    }
}

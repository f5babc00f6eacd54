using System.Text;
using Concord.Text.Normalization;

namespace Concord.Reading;

/// <summary>How every reader hands over its paragraphs: separated by a blank line, normalised.</summary>
internal static class Paragraphs
{
    public static string Join(IEnumerable<string> paragraphs) =>
        TextNormalizer.Normalize(string.Join("\n\n", paragraphs.Where(p => !string.IsNullOrWhiteSpace(p))));

    /// <summary>Runs of white space as one space, ends trimmed.</summary>
    public static string CollapseSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}

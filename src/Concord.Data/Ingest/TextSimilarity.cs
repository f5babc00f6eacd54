namespace Concord.Data.Ingest;

/// <summary>How alike two wordings are, 0 to 1: the Dice coefficient of their letter and digit bigrams, case
/// folded. Bigrams rather than words so that Japanese, written without spaces, compares as well as English.</summary>
internal static class TextSimilarity
{
    public static double Dice(string a, string b)
    {
        var left = Bigrams(a);
        var right = Bigrams(b);
        if (left.Count == 0 && right.Count == 0) return 1;
        if (left.Count == 0 || right.Count == 0) return 0;
        int shared = 0;
        foreach (var (gram, count) in left)
            if (right.TryGetValue(gram, out int other)) shared += Math.Min(count, other);
        return 2.0 * shared / (left.Values.Sum() + right.Values.Sum());
    }

    static Dictionary<(char, char), int> Bigrams(string text)
    {
        var grams = new Dictionary<(char, char), int>();
        char previous = '\0';
        foreach (char raw in text)
        {
            if (!char.IsLetterOrDigit(raw)) continue;
            char c = char.ToLowerInvariant(raw);
            if (previous != '\0')
            {
                var key = (previous, c);
                grams[key] = grams.GetValueOrDefault(key) + 1;
            }
            previous = c;
        }
        return grams;
    }
}

using System.Collections.Frozen;

namespace Concord.Text.Dates;

/// <summary>Phrases of a language table matched on tokens, longest first, found by their first word in
/// one hash look-up. Phrases are written with spaces between words ("no later than"); Japanese phrases
/// are matched character by character, as its tokens are.</summary>
internal sealed class PhraseTable<T>
{
    readonly FrozenDictionary<string, (string[] Words, T Value)[]> byFirst;
    readonly FrozenDictionary<string, (string[] Words, T Value)[]>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public PhraseTable(IEnumerable<(string Phrase, T Value)> entries, Language language)
    {
        var groups = new Dictionary<string, List<(string[], T)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value) in entries)
        {
            var words = Split(phrase, language);
            if (!groups.TryGetValue(words[0], out var list))
                groups[words[0]] = list = [];
            list.Add((words, value));
        }
        byFirst = groups.ToFrozenDictionary(
            g => g.Key,
            g => g.Value.OrderByDescending(p => p.Item1.Length).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        lookup = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool StartsWith(ReadOnlySpan<char> word) => lookup.ContainsKey(word);

    /// <summary>The longest phrase that starts at token <paramref name="i"/>; <paramref name="end"/> is the token after it.</summary>
    public bool TryMatch(DateScan scan, int i, out T value, out int end)
    {
        value = default!;
        end = i;
        if ((uint)i >= (uint)scan.Count) return false;
        if (!lookup.TryGetValue(scan.Span(i), out var candidates)) return false;
        foreach (var (words, v) in candidates)
        {
            int k = 1;
            while (k < words.Length && i + k < scan.Count
                   && scan.Span(i + k).Equals(words[k], StringComparison.OrdinalIgnoreCase))
                k++;
            if (k == words.Length)
            {
                value = v;
                end = i + k;
                return true;
            }
        }
        return false;
    }

    public bool Contains(DateScan scan, int i) => TryMatch(scan, i, out _, out _);

    static string[] Split(string phrase, Language language)
    {
        if (language != Language.Ja)
            return phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = new List<string>();
        for (int i = 0; i < phrase.Length;)
        {
            int start = i;
            if (phrase[i] < 0x3000 && char.IsLetterOrDigit(phrase[i]))
                while (i < phrase.Length && phrase[i] < 0x3000 && char.IsLetterOrDigit(phrase[i])) i++;
            else
                i++;
            if (!char.IsWhiteSpace(phrase[start])) words.Add(phrase[start..i]);
        }
        return [.. words];
    }
}

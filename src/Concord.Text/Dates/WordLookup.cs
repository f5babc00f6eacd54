using System.Collections.Frozen;

namespace Concord.Text.Dates;

/// <summary>A word => flags table for the look-up every token pays. Words are stored in the forms they are
/// written in ("april", "April", "APRIL") for an ordinal look-up, behind a bit filter on (length, first and
/// last character) that turns most words away before any hashing; one-character words (Japanese) are
/// looked up by their character.</summary>
internal sealed class WordLookup<T> where T : struct, Enum
{
    const int FilterBits = 4096;
    readonly ulong[] filter = new ulong[FilterBits / 64];
    readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup;
    readonly FrozenDictionary<char, T> single;

    public WordLookup(IEnumerable<(string Word, T Flags)> entries, Func<T, T, T> combine)
    {
        var forms = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (word, flags) in entries)
        {
            foreach (var form in CaseForms.Of(word))
                forms[form] = forms.TryGetValue(form, out var had) ? combine(had, flags) : flags;
        }
        foreach (var form in forms.Keys)
        {
            int bit = Bit(form);
            filter[bit >> 6] |= 1UL << (bit & 63);
        }
        lookup = forms.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        single = forms.Where(f => f.Key.Length == 1).ToFrozenDictionary(f => f.Key[0], f => f.Value);
    }

    public bool TryGet(ReadOnlySpan<char> word, out T flags)
    {
        flags = default;
        if (word.IsEmpty) return false;
        if (word.Length == 1) return single.TryGetValue(word[0], out flags);
        int bit = Bit(word);
        return (filter[bit >> 6] & (1UL << (bit & 63))) != 0 && lookup.TryGetValue(word, out flags);
    }

    static int Bit(ReadOnlySpan<char> word) => (word.Length * 1031 + word[0] * 31 + word[^1]) & (FilterBits - 1);
}

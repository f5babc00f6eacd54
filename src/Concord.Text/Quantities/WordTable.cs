namespace Concord.Text.Quantities;

/// <summary>
/// A small set of single words with a value each ("two" => 2), looked up case-insensitively from a span
/// of the text without allocating. Words are bucketed by length and checked by first letter first: for a
/// few dozen words this is cheaper than hashing, which matters because number words are looked up at
/// every word of a paragraph.
/// </summary>
internal sealed class WordTable<T>
{
    readonly string[][] words;
    readonly T[][] values;

    public WordTable(params (string Word, T Value)[] entries)
    {
        int longest = entries.Length == 0 ? 0 : entries.Max(e => e.Word.Length);
        words = new string[longest + 1][];
        values = new T[longest + 1][];
        for (int n = 0; n <= longest; n++)
        {
            var bucket = entries.Where(e => e.Word.Length == n).Select(e => (Word: e.Word.ToLowerInvariant(), e.Value)).ToArray();
            words[n] = bucket.Select(e => e.Word).ToArray();
            values[n] = bucket.Select(e => e.Value).ToArray();
        }
        Count = entries.Length;
        foreach (var (word, _) in entries)
        {
            foreach (char c in new[] { char.ToLowerInvariant(word[0]), char.ToUpperInvariant(word[0]) })
            {
                if (c < 128) asciiFirst[c >> 6] |= 1UL << (c & 63);
                else otherFirst += c;
            }
        }
    }

    readonly ulong[] asciiFirst = new ulong[2];
    readonly string otherFirst = "";

    public static WordTable<T> Empty { get; } = new();

    public int Count { get; }

    /// <summary>True when some word starts with <paramref name="c"/> (in either case): a cheap test made
    /// at every word of a paragraph before looking the word up.</summary>
    public bool MayStartWith(char c) =>
        c < 128 ? (asciiFirst[c >> 6] & (1UL << (c & 63))) != 0 : otherFirst.Contains(c, StringComparison.Ordinal);

    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        if ((uint)word.Length < (uint)words.Length)
        {
            var bucket = words[word.Length];
            char first = ScanChars.Fold(word[0]);
            for (int k = 0; k < bucket.Length; k++)
            {
                if (bucket[k][0] == first && word.Equals(bucket[k], StringComparison.OrdinalIgnoreCase))
                {
                    value = values[word.Length][k];
                    return true;
                }
            }
        }
        value = default!;
        return false;
    }

    public bool Contains(ReadOnlySpan<char> word) => TryGet(word, out _);
}

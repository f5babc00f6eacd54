using System.Collections.Frozen;

namespace Concord.Text.Languages.En;

/// <summary>English function words, for <see cref="LanguageDetector"/>. Left out: words that are also
/// Vietnamese syllables common in statements ("an", as in "an ninh").</summary>
internal static class EnDetectionWords
{
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = new[]
    {
        "the", "and", "of", "to", "in", "for", "on", "with", "that", "by", "as", "at", "is", "are", "was",
        "were", "be", "been", "has", "have", "will", "would", "this", "these", "from", "its", "their",
        "which", "also", "it", "or", "not", "they", "both",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}

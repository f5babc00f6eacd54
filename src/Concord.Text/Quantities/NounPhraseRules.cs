namespace Concord.Text.Quantities;

/// <summary>
/// How to read the counted noun of a language that separates words with spaces and marks plurals
/// (English): up to <see cref="MaxWords"/> words after the number, stopping before a function word, at a
/// punctuation mark, before an "-ing" word that is not the first, and after the first word that looks
/// plural ("50,000 semiconductor specialists by 2030" => "semiconductor specialists").
/// </summary>
internal sealed class NounPhraseRules
{
    public int MaxWords { get; init; } = 4;

    /// <summary>Words that end a noun phrase: prepositions, conjunctions, determiners, auxiliaries,
    /// adverbs ("mainly", "annually", "ago").</summary>
    public required WordTable<bool> StopWords { get; init; }

    /// <summary>Plural nouns not ending in "s": "people", "staff".</summary>
    public required WordTable<bool> Plurals { get; init; }

    /// <summary>Words ending in "s" that are not plurals: "series", "news".</summary>
    public required WordTable<bool> NotPlurals { get; init; }
}

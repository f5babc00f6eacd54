namespace Concord.Data.Search;

/// <summary>One condition of a query, every one of which a text must meet: a word, or a quoted phrase (its words
/// in a row), already folded. <see cref="Prefix"/> lets the last word match the start of a longer word.</summary>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix)
{
    /// <summary>The words with one space between: what a phrase looks like in folded text.</summary>
    public string Phrase => string.Join(' ', Words);

    /// <summary>Holds kana or kanji: the tokenizers see a run of them as one word, so the term is looked for as a
    /// substring of the folded text rather than through the full-text index.</summary>
    public bool Unspaced => Words.Any(w => w.Any(SearchFolding.IsUnspaced));
}

namespace Concord.Data.Search;

/// <summary>A search of the register: the text a person typed (see <see cref="SearchQueryParser"/> for its
/// syntax), optional filters, and the page wanted.</summary>
public sealed record SearchQuery(string Text)
{
    public const int MaxLimit = 200;

    /// <summary>The default of <see cref="Ranked"/>.</summary>
    public const int MostRanked = 2000;

    /// <summary>How many matching texts are ranked at most, the newest first (see <see cref="SearchSql"/>). A search that
    /// matches more says so, and its pages end there; a word, a phrase or a filter narrows it.</summary>
    public int Ranked { get; init; } = MostRanked;

    /// <summary>A statement's key, e.g. "aurelia-norvania-2026-03-12".</summary>
    public string? StatementKey { get; init; }

    /// <summary>"en", "vi" or "ja".</summary>
    public string? Language { get; init; }

    /// <summary>One of <see cref="SearchKinds"/>.</summary>
    public string? Kind { get; init; }

    public int Limit { get; init; } = 20;
    public int Offset { get; init; }
}

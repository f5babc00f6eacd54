namespace Concord.Data.Search;

/// <summary>A search of the register: the text a person typed (see <see cref="SearchQueryParser"/> for its
/// syntax), optional filters, and the page wanted.</summary>
public sealed record SearchQuery(string Text)
{
    public const int MaxLimit = 200;

    /// <summary>A statement's key, e.g. "aurelia-norvania-2026-03-12".</summary>
    public string? StatementKey { get; init; }

    /// <summary>"en", "vi" or "ja".</summary>
    public string? Language { get; init; }

    /// <summary>One of <see cref="SearchKinds"/>.</summary>
    public string? Kind { get; init; }

    public int Limit { get; init; } = 20;
    public int Offset { get; init; }
}

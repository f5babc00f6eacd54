namespace Concord.Data.Search;

/// <summary>A page of results, best first, and how many texts matched in all.</summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Total, int Offset, int Limit)
{
    public static SearchPage Empty(SearchQuery query) => new([], 0, query.Offset, query.Limit);
}

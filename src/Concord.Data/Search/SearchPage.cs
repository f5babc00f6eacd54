namespace Concord.Data.Search;

/// <summary>A page of results, best first, and how many texts matched in all; when <see cref="Capped"/>, more texts
/// matched than were ranked, and <see cref="Total"/> is the number ranked (see <see cref="SearchQuery.Ranked"/>).</summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Total, int Offset, int Limit, bool Capped = false)
{
    public static SearchPage Empty(SearchQuery query) => new([], 0, query.Offset, query.Limit);
}

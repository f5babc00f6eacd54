using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Search;

/// <summary>Full-text search over the register's texts, insensitive to case and Vietnamese marks
/// (<c>ha noi</c> finds <c>Hà Nội</c>, <c>duong</c> finds <c>đường</c>), ranked, with snippets of the original text.</summary>
public static class RegisterSearch
{
    public static async Task<SearchPage> SearchAsync(RegisterDb db, SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        query = query with
        {
            Limit = Math.Clamp(query.Limit, 1, SearchQuery.MaxLimit), Offset = Math.Max(0, query.Offset), Ranked = Math.Max(1, query.Ranked),
        };
        var terms = SearchQueryParser.Parse(query.Text);
        if (terms.Count == 0) return SearchPage.Empty(query);

        int? statementId = null;
        if (query.StatementKey is { } key)
        {
            statementId = await db.Statements.Where(s => s.Key == key).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
            if (statementId is null) return SearchPage.Empty(query);
        }

        int? recentAbove = null;
        if (db.Provider != "sqlite" && await db.SearchEntries.MaxAsync(e => (int?)e.Id, cancellationToken) is int newest && newest > SearchSql.Recent)
            recentAbove = newest - SearchSql.Recent;
        var sql = SearchSql.For(db.Provider, terms, statementId, Normalize(query.Language), Normalize(query.Kind),
            query.Ranked, query.Limit, query.Offset, recentAbove);
        var rows = await db.Database.SqlQueryRaw<SearchRow>(sql.Select, sql.SelectArguments).ToListAsync(cancellationToken);
        long matched = rows.Count > 0 ? rows[0].Matched
            : query.Offset == 0 ? 0
            : (await db.Database.SqlQueryRaw<int>(sql.Count, sql.CountArguments).ToListAsync(cancellationToken))[0];
        bool capped = matched > query.Ranked;
        int total = capped ? query.Ranked : (int)matched;

        var places = await SearchPlaces.FindAsync(db, rows, cancellationToken);
        var hits = rows.Select(r =>
        {
            var place = places.Of(r);
            return new SearchHit(r.Kind, r.RefId, place.StatementKey, place.ItemPath, place.CommitmentId, r.Language, r.Score,
                SnippetBuilder.Build(r.Text, terms));
        }).ToList();
        return new SearchPage(hits, total, query.Offset, query.Limit, capped);
    }

    static string? Normalize(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();
}

using Concord.Data;
using Concord.Data.Search;
using Concord.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Features.Search;

/// <summary><c>/api/search?q=</c>: full-text search over item texts in every language, commitments, updates and
/// evidence, insensitive to case and Vietnamese marks, with highlighted snippets.</summary>
public static class SearchApi
{
    static readonly string[] Languages = ["en", "vi", "ja"];

    public sealed record HitView(string Kind, int RefId, string Statement, string? ItemPath, int? CommitmentId, string Language,
        double Score, string Snippet, string Marked, IReadOnlyList<SearchRange> Highlights);

    /// <summary>A page of hits; <c>capped</c>: more texts matched than the <c>total</c> ranked.</summary>
    public sealed record ResultsView(IReadOnlyList<HitView> Items, int Total, bool Capped, int Limit, int Offset);

    public static RouteGroupBuilder MapSearch(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/search").WithTags("Search").RequireAuthorization(Policies.Read);
        group.MapGet("/", SearchAsync).CacheOutput(RegisterCache.Name);
        return group;
    }

    static async Task<Results<Ok<ResultsView>, ValidationProblem>> SearchAsync(
        RegisterDb db, string? q, string? statement, string? lang, string? kind, int? limit, int? offset, CancellationToken ct)
    {
        var errors = new Errors();
        int l = limit ?? 20, o = offset ?? 0;
        if (l is < 1 or > SearchQuery.MaxLimit) errors.Add("limit", $"limit must be between 1 and {SearchQuery.MaxLimit}, not {l}.");
        if (o is < 0 or > 10_000) errors.Add("offset", "offset must be between 0 and 10000.");
        string text = errors.Text("q", q, 500);
        if (lang is not null && !Languages.Contains(lang, StringComparer.Ordinal)) errors.Add("lang", $"lang is en, vi or ja, not '{lang}'.");
        if (kind is not null && !SearchKinds.All.Contains(kind, StringComparer.Ordinal))
            errors.Add("kind", $"kind is one of {string.Join(", ", SearchKinds.All)}, not '{kind}'.");
        if (errors.Any) return errors.Problem();

        var page = await RegisterSearch.SearchAsync(db, new SearchQuery(text) { StatementKey = statement, Language = lang, Kind = kind, Limit = l, Offset = o }, ct);
        var hits = page.Hits.Select(h => new HitView(h.Kind, h.RefId, h.StatementKey, h.ItemPath, h.CommitmentId, h.Language, h.Score,
            h.Snippet.Text, h.Snippet.Marked(), h.Snippet.Highlights)).ToList();
        return TypedResults.Ok(new ResultsView(hits, page.Total, page.Capped, l, o));
    }
}

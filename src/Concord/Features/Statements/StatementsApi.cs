using System.Globalization;
using System.Text.Json.Nodes;
using Concord.Data;
using Concord.Data.History;
using Concord.Features.Items;
using Concord.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Statements;

/// <summary><c>/api/statements</c>: the statements, each with its language versions and items, and the register
/// of a statement as it stood on a past date.</summary>
public static class StatementsApi
{
    public sealed record StatementSummary(int Id, string Key, string Title, string PartyA, string PartyB, DateOnly? Date, string? Place,
        string Kind, IReadOnlyList<string> Languages, int Items, int Commitments, long Version);

    public sealed record VersionView(int Id, string Language, string Source, bool Official, string Hash, string Format, string Encoding, DateTime ImportedAt);

    public sealed record StatementView(int Id, string Key, string Title, string PartyA, string PartyB, DateOnly? Date, string? Place,
        string Kind, DateTime CreatedAt, long Version, IReadOnlyList<VersionView> Versions, IReadOnlyList<ItemsApi.ItemView> Items);

    public static RouteGroupBuilder MapStatements(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/statements").WithTags("Statements").RequireAuthorization(Policies.Read);
        group.MapGet("/", ListAsync).CacheOutput(RegisterCache.Name);
        group.MapGet("/{key}", ReadAsync);
        group.MapGet("/{key}/as-of/{date}", AsOfAsync);
        return group;
    }

    static async Task<Results<Ok<Page<StatementSummary>>, ValidationProblem>> ListAsync(RegisterDb db, string? party, int? limit, int? offset)
    {
        var errors = new Errors();
        var paging = Paging.Read(limit, offset, errors);
        if (errors.Any) return errors.Problem();
        var query = db.Statements.AsNoTracking();
        if (party is not null) query = query.Where(s => s.PartyA == party || s.PartyB == party);
        int total = await query.CountAsync();
        var page = await query.OrderByDescending(s => s.Date).ThenBy(s => s.Key).Skip(paging.Offset).Take(paging.Limit)
            .Select(s => new StatementSummary(s.Id, s.Key, s.Title, s.PartyA, s.PartyB, s.Date, s.Place, s.Kind,
                s.Versions.OrderBy(v => v.Id).Select(v => v.Language).ToList(), s.Items.Count(),
                db.Commitments.Count(c => c.StatementId == s.Id && c.IsCommitment), s.Version))
            .ToListAsync();
        return TypedResults.Ok(paging.Of(page, total));
    }

    static async Task<Results<Ok<StatementView>, ProblemHttpResult>> ReadAsync(string key, RegisterDb db, HttpContext http)
    {
        var s = await db.Statements.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key);
        if (s is null) return Problems.NotFound($"statement '{key}'");
        var versions = await db.Versions.AsNoTracking().Where(v => v.StatementId == s.Id).OrderBy(v => v.Id)
            .Select(v => new VersionView(v.Id, v.Language, v.Source, v.Official, v.Hash, v.Format, v.Encoding, v.ImportedAt)).ToListAsync();
        var itemIds = await db.Items.AsNoTracking().Where(i => i.StatementId == s.Id).OrderBy(i => i.Ordinal).Select(i => i.Id).ToListAsync();
        var items = await ItemsApi.LoadAsync(db, itemIds);
        ETags.Set(http, s.Version);
        return TypedResults.Ok(new StatementView(s.Id, s.Key, s.Title, s.PartyA, s.PartyB, s.Date, s.Place, s.Kind, s.CreatedAt, s.Version, versions, items));
    }

    static async Task<Results<Ok<JsonObject>, ValidationProblem, ProblemHttpResult>> AsOfAsync(string key, string date, RegisterDb db)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var errors = new Errors();
            errors.Add("date", $"The date must be written YYYY-MM-DD, like 2025-12-31; '{date}' is not.");
            return errors.Problem();
        }
        var id = await db.Statements.Where(s => s.Key == key).Select(s => (int?)s.Id).SingleOrDefaultAsync();
        if (id is null) return Problems.NotFound($"statement '{key}'");
        var asOf = await RegisterAsOf.ReadAsync(db, id.Value, day);
        return asOf is null
            ? Problems.NotFound($"statement '{key}' in the register on {day:yyyy-MM-dd}: it was added later")
            : TypedResults.Ok(asOf);
    }
}

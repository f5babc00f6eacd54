using System.Globalization;
using System.Text.Json;
using Concord.Data;
using Concord.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.History;

/// <summary><c>/api/history/{kind}/{id}</c>: every change to a record, newest first: who, when, what, the record
/// before and after. A commitment's history includes its parties, agencies, targets and updates.</summary>
public static class HistoryApi
{
    static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["statements"] = "Statement",
        ["items"] = "Item",
        ["commitments"] = "Commitment",
        ["agencies"] = "Agency",
        ["targets"] = "Target",
        ["updates"] = "ProgressUpdate",
        ["mechanisms"] = "Mechanism",
        ["initiatives"] = "Initiative",
    };

    static readonly string[] CommitmentParts = ["CommitmentParty", "CommitmentAgency", "CommitmentSource", "Target", "ProgressUpdate"];

    public sealed record ChangeView(long Id, DateTime At, string Actor, string Entity, string EntityId, string Operation, JsonElement? Before, JsonElement? After);

    public static RouteGroupBuilder MapHistory(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/history").WithTags("History").RequireAuthorization(Policies.Read);
        group.MapGet("/{kind}/{id:int}", ListAsync);
        return group;
    }

    static async Task<Results<Ok<Page<ChangeView>>, ValidationProblem, ProblemHttpResult>> ListAsync(string kind, int id, RegisterDb db, int? limit, int? offset)
    {
        var errors = new Errors();
        var paging = Paging.Read(limit, offset, errors);
        if (!Kinds.TryGetValue(kind, out var entity)) errors.Add("kind", $"History is kept for {string.Join(", ", Kinds.Keys)}; not '{kind}'.");
        if (errors.Any) return errors.Problem();
        var query = Of(db, entity!, id);
        int total = await query.CountAsync();
        if (total == 0) return Problems.NotFound($"history for {kind} {id}");
        var page = await query.OrderByDescending(c => c.Id).Skip(paging.Offset).Take(paging.Limit).ToListAsync();
        return TypedResults.Ok(paging.Of(page.Select(c => new ChangeView(c.Id, c.At, c.Actor, c.Entity, c.EntityId, c.Operation, Parse(c.Before), Parse(c.After))).ToList(), total));
    }

    /// <summary>The changes of one record (entity "Commitment", "Agency", ...); a commitment's include its parts'.</summary>
    public static IQueryable<Data.History.Change> Of(RegisterDb db, string entity, int id)
    {
        string key = id.ToString(CultureInfo.InvariantCulture);
        var query = db.Changes.AsNoTracking().Where(c => c.Entity == entity && c.EntityId == key);
        if (entity == "Commitment")
            query = query.Concat(db.Changes.AsNoTracking().Where(c => c.CommitmentId == id && CommitmentParts.Contains(c.Entity)));
        return query;
    }

    static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}

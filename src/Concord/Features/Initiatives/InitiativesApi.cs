using Concord.Data;
using Concord.Data.Register;
using Concord.Features.Items;
using Concord.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Initiatives;

/// <summary><c>/api/initiatives</c>: the programmes, projects and events statements name, with the items that name them.</summary>
public static class InitiativesApi
{
    static readonly string[] Kinds = ["programme", "project", "event"];

    public sealed record InitiativeView(int Id, string Kind, string Name, string? OtherName, DateOnly? Date,
        IReadOnlyList<ItemsApi.MentionView> Mentions, long Version);

    public sealed record InitiativeRequest(string? Kind, string? Name, string? OtherName, DateOnly? Date);

    public static RouteGroupBuilder MapInitiatives(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/initiatives").WithTags("Initiatives").RequireAuthorization(Policies.Read);
        group.MapGet("/", ListAsync).CacheOutput(RegisterCache.Name);
        group.MapGet("/{id:int}", ReadAsync);
        group.MapPost("/", AddAsync).RequireAuthorization(Policies.Coordinate);
        group.MapPatch("/{id:int}", PatchAsync).RequireAuthorization(Policies.Coordinate);
        return group;
    }

    static async Task<Results<Ok<Page<InitiativeView>>, ValidationProblem>> ListAsync(RegisterDb db, string? kind, string? statement, int? limit, int? offset)
    {
        var errors = new Errors();
        var paging = Paging.Read(limit, offset, errors);
        if (kind is not null && !Kinds.Contains(kind, StringComparer.Ordinal)) errors.Add("kind", $"kind is one of {string.Join(", ", Kinds)}, not '{kind}'.");
        if (errors.Any) return errors.Problem();
        var query = db.Initiatives.AsNoTracking();
        if (kind is not null) query = query.Where(i => i.Kind == kind);
        if (statement is not null)
            query = query.Where(i => db.Mentions.Any(m => m.InitiativeId == i.Id && db.Items.Any(x => x.Id == m.ItemId && x.Statement.Key == statement)));
        int total = await query.CountAsync();
        var page = await query.OrderBy(i => i.Kind).ThenBy(i => i.Name).Skip(paging.Offset).Take(paging.Limit).ToListAsync();
        return TypedResults.Ok(paging.Of(page.Select(i => View(i, [])).ToList(), total));
    }

    static async Task<Results<Ok<InitiativeView>, ProblemHttpResult>> ReadAsync(int id, RegisterDb db, HttpContext http)
    {
        var initiative = await db.Initiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        if (initiative is null) return Problems.NotFound($"initiative {id}");
        ETags.Set(http, initiative.Version);
        return TypedResults.Ok(View(initiative, await ItemsApi.MentionsAsync(db, db.Mentions.Where(m => m.InitiativeId == id))));
    }

    static async Task<Results<Created<InitiativeView>, ValidationProblem>> AddAsync(InitiativeRequest body, RegisterDb db, HttpContext http)
    {
        var errors = new Errors();
        var initiative = new Initiative { Kind = "", Name = "" };
        await ApplyAsync(db, initiative, body, errors, creating: true);
        if (errors.Any) return errors.Problem();
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync();
        ETags.Set(http, initiative.Version);
        return TypedResults.Created($"/api/initiatives/{initiative.Id}", View(initiative, []));
    }

    static async Task<Results<Ok<InitiativeView>, ValidationProblem, ProblemHttpResult>> PatchAsync(int id, InitiativeRequest body, RegisterDb db, HttpContext http)
    {
        var initiative = await db.Initiatives.SingleOrDefaultAsync(i => i.Id == id);
        if (initiative is null) return Problems.NotFound($"initiative {id}");
        if (ETags.Check(http, initiative.Version) is { } stale) return stale;
        var errors = new Errors();
        await ApplyAsync(db, initiative, body, errors, creating: false);
        if (errors.Any) return errors.Problem();
        await db.SaveChangesAsync();
        ETags.Set(http, initiative.Version);
        return TypedResults.Ok(View(initiative, await ItemsApi.MentionsAsync(db, db.Mentions.Where(m => m.InitiativeId == id))));
    }

    static async Task ApplyAsync(RegisterDb db, Initiative initiative, InitiativeRequest body, Errors errors, bool creating)
    {
        if (creating || body.Kind is not null)
        {
            if (body.Kind is { } kind && Kinds.Contains(kind, StringComparer.Ordinal)) initiative.Kind = kind;
            else errors.Add("kind", $"kind is one of {string.Join(", ", Kinds)}.");
        }
        if (creating || body.Name is not null) initiative.Name = errors.Text("name", body.Name, 300);
        if (body.OtherName is not null) initiative.OtherName = body.OtherName.Length == 0 ? null : errors.Text("otherName", body.OtherName, 300);
        if (body.Date is not null) initiative.Date = body.Date;
        if (!errors.Any && await db.Initiatives.AnyAsync(i => i.Kind == initiative.Kind && i.Name == initiative.Name && i.Id != initiative.Id))
            errors.Add("name", $"There is already a {initiative.Kind} named '{initiative.Name}'.");
    }

    static InitiativeView View(Initiative i, IReadOnlyList<ItemsApi.MentionView> mentions) =>
        new(i.Id, i.Kind, i.Name, i.OtherName, i.Date, mentions, i.Version);
}

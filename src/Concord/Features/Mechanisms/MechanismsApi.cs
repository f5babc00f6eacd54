using Concord.Data;
using Concord.Data.Register;
using Concord.Data.Tracking;
using Concord.Features.Items;
using Concord.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Mechanisms;

/// <summary><c>/api/mechanisms</c>: committees and dialogues, their cadence and meetings, flagged when they have
/// not met within their cadence; the items that name them.</summary>
public static class MechanismsApi
{
    public sealed record MeetingView(int Id, DateOnly Date, string? Place, string Note);

    public sealed record MechanismView(int Id, string Name, string? OtherName, string? Acronym, int? CadenceMonths, Cadence Cadence,
        IReadOnlyList<MeetingView> Meetings, IReadOnlyList<ItemsApi.MentionView> Mentions, long Version);

    /// <summary>For a PATCH only the fields given change; <c>cadenceMonths</c> 0 removes the cadence.</summary>
    public sealed record MechanismRequest(string? Name, string? OtherName, string? Acronym, int? CadenceMonths);

    public sealed record MeetingRequest(DateOnly? Date, string? Place, string? Note);

    public static RouteGroupBuilder MapMechanisms(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/mechanisms").WithTags("Mechanisms").RequireAuthorization(Policies.Read);
        group.MapGet("/", ListAsync).CacheOutput(RegisterCache.Name);
        group.MapGet("/{id:int}", ReadAsync);
        group.MapPost("/", AddAsync).RequireAuthorization(Policies.Coordinate);
        group.MapPatch("/{id:int}", PatchAsync).RequireAuthorization(Policies.Coordinate);
        group.MapPost("/{id:int}/meetings", MeetAsync).RequireAuthorization(Policies.Coordinate);
        return group;
    }

    static async Task<Results<Ok<Page<MechanismView>>, ValidationProblem>> ListAsync(RegisterDb db, RegisterMemo memo, bool? lapsed, int? limit, int? offset, HttpContext http)
    {
        var errors = new Errors();
        var paging = Paging.Read(limit, offset, errors);
        if (errors.Any) return errors.Problem();
        // Few enough to judge in memory: the cadence depends on today's date, so it cannot be filtered in SQL.
        var all = await AllAsync(db, memo, http.RequestAborted);
        var kept = lapsed is { } flag ? all.Where(m => m.Cadence.Lapsed == flag).ToList() : all;
        return TypedResults.Ok(paging.Of(kept.Skip(paging.Offset).Take(paging.Limit).ToList(), kept.Count));
    }

    static async Task<Results<Ok<MechanismView>, ProblemHttpResult>> ReadAsync(int id, RegisterDb db, HttpContext http)
    {
        var found = await LoadAsync(db, db.Mechanisms.Where(m => m.Id == id), withMentions: true);
        if (found.Count == 0) return Problems.NotFound($"mechanism {id}");
        ETags.Set(http, found[0].Version);
        return TypedResults.Ok(found[0]);
    }

    static async Task<Results<Created<MechanismView>, ValidationProblem>> AddAsync(MechanismRequest body, RegisterDb db, HttpContext http)
    {
        var errors = new Errors();
        var mechanism = new Mechanism { Name = "" };
        await ApplyAsync(db, mechanism, body, errors, creating: true);
        if (errors.Any) return errors.Problem();
        db.Mechanisms.Add(mechanism);
        await db.SaveChangesAsync();
        var view = (await LoadAsync(db, db.Mechanisms.Where(m => m.Id == mechanism.Id), withMentions: true))[0];
        ETags.Set(http, view.Version);
        return TypedResults.Created($"/api/mechanisms/{mechanism.Id}", view);
    }

    static async Task<Results<Ok<MechanismView>, ValidationProblem, ProblemHttpResult>> PatchAsync(int id, MechanismRequest body, RegisterDb db, HttpContext http)
    {
        var mechanism = await db.Mechanisms.SingleOrDefaultAsync(m => m.Id == id);
        if (mechanism is null) return Problems.NotFound($"mechanism {id}");
        if (ETags.Check(http, mechanism.Version) is { } stale) return stale;
        var errors = new Errors();
        await ApplyAsync(db, mechanism, body, errors, creating: false);
        if (errors.Any) return errors.Problem();
        await db.SaveChangesAsync();
        var view = (await LoadAsync(db, db.Mechanisms.Where(m => m.Id == id), withMentions: true))[0];
        ETags.Set(http, view.Version);
        return TypedResults.Ok(view);
    }

    static async Task<Results<Created<MechanismView>, ValidationProblem, ProblemHttpResult>> MeetAsync(int id, MeetingRequest body, RegisterDb db)
    {
        if (!await db.Mechanisms.AnyAsync(m => m.Id == id)) return Problems.NotFound($"mechanism {id}");
        var errors = new Errors();
        if (MeetingRules.Read(id, body, errors) is not { } meeting) return errors.Problem();
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        var view = (await LoadAsync(db, db.Mechanisms.Where(m => m.Id == id), withMentions: true))[0];
        return TypedResults.Created($"/api/mechanisms/{id}", view);
    }

    static async Task ApplyAsync(RegisterDb db, Mechanism mechanism, MechanismRequest body, Errors errors, bool creating)
    {
        if (creating || body.Name is not null)
        {
            string name = errors.Text("name", body.Name, 300);
            if (name.Length > 0 && await db.Mechanisms.AnyAsync(m => m.Name == name && m.Id != mechanism.Id))
                errors.Add("name", $"There is already a mechanism named '{name}'.");
            mechanism.Name = name;
        }
        if (body.OtherName is not null) mechanism.OtherName = body.OtherName.Length == 0 ? null : errors.Text("otherName", body.OtherName, 300);
        if (body.Acronym is not null) mechanism.Acronym = body.Acronym.Length == 0 ? null : errors.Text("acronym", body.Acronym, 40);
        if (body.CadenceMonths is { } months)
        {
            if (months is < 0 or > 120) errors.Add("cadenceMonths", "cadenceMonths is the number of months between meetings, 1 to 120 (0 for none).");
            mechanism.CadenceMonths = months == 0 ? null : months;
        }
    }

    /// <summary>Every mechanism by name, judged for today, kept until the register changes: the list, the
    /// registers page and the mechanisms page all start from it.</summary>
    public static Task<IReadOnlyList<MechanismView>> AllAsync(RegisterDb db, RegisterMemo memo, CancellationToken cancellationToken) =>
        memo.GetAsync(db, "mechanisms", () => LoadAsync(db, db.Mechanisms.OrderBy(m => m.Name).ThenBy(m => m.Id), withMentions: false), cancellationToken);

    /// <summary>The mechanisms of <paramref name="mechanisms"/> with their meetings and cadence judged for today.</summary>
    public static async Task<IReadOnlyList<MechanismView>> LoadAsync(RegisterDb db, IQueryable<Mechanism> mechanisms, bool withMentions)
    {
        var list = await mechanisms.AsNoTracking().ToListAsync();
        var ids = list.Select(m => m.Id).ToList();
        var meetings = (await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.MechanismId)).ToListAsync()).ToLookup(m => m.MechanismId);
        var named = await MechanismCadence.FirstNamedAsync(db, ids, default);
        var today = Deadlines.Today(db.Clock);
        var views = new List<MechanismView>(list.Count);
        foreach (var m in list)
        {
            var mentions = withMentions ? await ItemsApi.MentionsAsync(db, db.Mentions.Where(x => x.MechanismId == m.Id)) : [];
            views.Add(new MechanismView(m.Id, m.Name, m.OtherName, m.Acronym, m.CadenceMonths,
                MechanismCadence.Evaluate(m, meetings[m.Id], named.GetValueOrDefault(m.Id), today),
                meetings[m.Id].OrderBy(x => x.Date).Select(x => new MeetingView(x.Id, x.Date, x.Place, x.Note)).ToList(), mentions, m.Version));
        }
        return views;
    }
}

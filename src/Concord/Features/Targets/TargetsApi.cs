using Concord.Data;
using Concord.Data.Register;
using Concord.Data.Tracking;
using Concord.Features.Commitments;
using Concord.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Targets;

/// <summary><c>/api/targets</c>: measurable targets with their measured values and pace; adding a target or a
/// measurement is for those who may change the commitment.</summary>
public static partial class TargetsApi
{
    static readonly string[] Comparators = ["eq", "gt", "gte", "lt", "lte", "approx"];

    public static RouteGroupBuilder MapTargets(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Targets").RequireAuthorization(Policies.Read);
        group.MapGet("/targets", ListAsync);
        group.MapGet("/targets/{id:int}", ReadAsync);
        group.MapPost("/commitments/{id:int}/targets", AddAsync).RequireAuthorization(Policies.Edit);
        group.MapPatch("/targets/{id:int}", PatchAsync).RequireAuthorization(Policies.Edit);
        group.MapPost("/targets/{id:int}/measurements", MeasureAsync).RequireAuthorization(Policies.Edit);
        return group;
    }

    static async Task<Results<Ok<Page<TargetView>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        RegisterDb db, string? statement, int? commitment, int? limit, int? offset)
    {
        var errors = new Errors();
        var paging = Paging.Read(limit, offset, errors);
        if (errors.Any) return errors.Problem();
        var query = db.Targets.AsQueryable();
        if (statement is not null)
        {
            if (await db.Statements.Where(s => s.Key == statement).Select(s => (int?)s.Id).SingleOrDefaultAsync() is not { } sid)
                return Problems.NotFound($"statement '{statement}'");
            query = query.Where(t => db.Commitments.Any(c => c.Id == t.CommitmentId && c.StatementId == sid));
        }
        if (commitment is { } cid) query = query.Where(t => t.CommitmentId == cid);
        int total = await query.CountAsync();
        var page = await LoadAsync(db, query.OrderBy(t => t.Id).Skip(paging.Offset).Take(paging.Limit), Deadlines.Today(db.Clock));
        return TypedResults.Ok(paging.Of(page, total));
    }

    static async Task<Results<Ok<TargetView>, ProblemHttpResult>> ReadAsync(int id, RegisterDb db, HttpContext http)
    {
        var found = await LoadAsync(db, db.Targets.Where(t => t.Id == id), Deadlines.Today(db.Clock));
        if (found.Count == 0) return Problems.NotFound($"target {id}");
        ETags.Set(http, found[0].Version);
        return TypedResults.Ok(found[0]);
    }

    static async Task<Results<Created<TargetView>, ValidationProblem, ProblemHttpResult>> AddAsync(int id, TargetRequest body, RegisterDb db, HttpContext http)
    {
        if (!await db.Commitments.AnyAsync(c => c.Id == id)) return Problems.NotFound($"commitment {id}");
        if (await CommitmentAccess.CheckAsync(db, http.User, id) is { } refused) return refused;
        var errors = new Errors();
        var target = new Target { CommitmentId = id, Metric = "", Unit = "" };
        Apply(target, body, errors, creating: true);
        if (errors.Any) return errors.Problem();
        db.Targets.Add(target);
        await db.SaveChangesAsync();
        var view = (await LoadAsync(db, db.Targets.Where(t => t.Id == target.Id), Deadlines.Today(db.Clock)))[0];
        ETags.Set(http, view.Version);
        return TypedResults.Created($"/api/targets/{target.Id}", view);
    }

    static async Task<Results<Ok<TargetView>, ValidationProblem, ProblemHttpResult>> PatchAsync(int id, TargetRequest body, RegisterDb db, HttpContext http)
    {
        var target = await db.Targets.SingleOrDefaultAsync(t => t.Id == id);
        if (target is null) return Problems.NotFound($"target {id}");
        if (await CommitmentAccess.CheckAsync(db, http.User, target.CommitmentId) is { } refused) return refused;
        if (ETags.Check(http, target.Version) is { } stale) return stale;
        var errors = new Errors();
        Apply(target, body, errors, creating: false);
        if (errors.Any) return errors.Problem();
        await db.SaveChangesAsync();
        var view = (await LoadAsync(db, db.Targets.Where(t => t.Id == id), Deadlines.Today(db.Clock)))[0];
        ETags.Set(http, view.Version);
        return TypedResults.Ok(view);
    }

    static async Task<Results<Created<TargetView>, ValidationProblem, ProblemHttpResult>> MeasureAsync(int id, MeasurementRequest body, RegisterDb db, HttpContext http)
    {
        var target = await db.Targets.SingleOrDefaultAsync(t => t.Id == id);
        if (target is null) return Problems.NotFound($"target {id}");
        if (await CommitmentAccess.CheckAsync(db, http.User, target.CommitmentId) is { } refused) return refused;
        var errors = new Errors();
        var today = Deadlines.Today(db.Clock);
        if (body.Date is not { } date) errors.Add("date", "date is required (YYYY-MM-DD): the day the value was measured.");
        else if (date > today) errors.Add("date", $"The date {date:yyyy-MM-dd} is in the future; a measurement reports a value already reached.");
        if (body.Value is null) errors.Add("value", "value is required.");
        string source = errors.Text("source", body.Source, 1000);
        if (errors.Any) return errors.Problem();
        db.Measurements.Add(new Measurement { TargetId = id, Date = body.Date!.Value, Value = body.Value!.Value, Source = source, RecordedAt = db.Now, RecordedBy = http.User.Name() });
        await db.SaveChangesAsync();
        var view = (await LoadAsync(db, db.Targets.Where(t => t.Id == id), today))[0];
        return TypedResults.Created($"/api/targets/{id}", view);
    }

    static void Apply(Target target, TargetRequest body, Errors errors, bool creating)
    {
        if (creating || body.Metric is not null) target.Metric = errors.Text("metric", body.Metric, 300);
        if (creating || body.Unit is not null) target.Unit = errors.Text("unit", body.Unit, 60);
        if (body.Comparator is not null)
        {
            if (Comparators.Contains(body.Comparator, StringComparer.Ordinal)) target.Comparator = body.Comparator;
            else errors.Add("comparator", $"'{body.Comparator}' is not a comparator; use one of {string.Join(", ", Comparators)}.");
        }
        if (body.Value is { } value) target.Value = value;
        else if (creating) errors.Add("value", "value is required: the number to reach.");
        if (body.Baseline is not null) target.Baseline = body.Baseline;
        if (body.BaselineDate is not null) target.BaselineDate = body.BaselineDate;
        if (body.Per is not null) target.Per = body.Per.Length == 0 ? null : errors.Text("per", body.Per, 20);
        if (body.DueDate is not null) target.DueDate = body.DueDate;
        if (target.BaselineDate is { } since && target.DueDate is { } due && due <= since)
            errors.Add("dueDate", $"The due date ({due:yyyy-MM-dd}) must come after the baseline's date ({since:yyyy-MM-dd}).");
    }

    public static async Task<IReadOnlyList<TargetView>> LoadAsync(RegisterDb db, IQueryable<Target> targets, DateOnly today)
    {
        var list = await targets.AsNoTracking().ToListAsync();
        var ids = list.Select(t => t.Id).ToList();
        var measurements = (await db.Measurements.AsNoTracking().Where(m => ids.Contains(m.TargetId)).ToListAsync()).ToLookup(m => m.TargetId);
        return list.Select(t => new TargetView(t.Id, t.CommitmentId, t.Metric, t.Unit, t.Comparator, t.Value, t.Baseline, t.BaselineDate, t.Per,
            t.DueDate, t.SourceText, TargetPace.Compute(t, measurements[t.Id], today),
            measurements[t.Id].OrderBy(m => m.Date).ThenBy(m => m.Id)
                .Select(m => new MeasurementView(m.Id, m.Date, m.Value, m.Source, m.RecordedAt, m.RecordedBy)).ToList(), t.Version)).ToList();
    }
}

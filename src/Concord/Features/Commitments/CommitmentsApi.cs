using System.Globalization;
using Concord.Data;
using Concord.Data.Register;
using Concord.Data.Tracking;
using Concord.Features.Targets;
using Concord.Features.Updates;
using Concord.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Commitments;

/// <summary><c>/api/commitments</c>: list with filters (statement, party, agency, status, overdue, due soon, due
/// before, text), read one with everything that hangs from it, and change it (see the Patch part).</summary>
public static partial class CommitmentsApi
{
    public static RouteGroupBuilder MapCommitments(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/commitments").WithTags("Commitments").RequireAuthorization(Policies.Read);
        group.MapGet("/", ListAsync).CacheOutput(RegisterCache.Name);
        group.MapGet("/{id:int}", ReadAsync);
        group.MapPatch("/{id:int}", PatchAsync).RequireAuthorization(Policies.Edit);
        return group;
    }

    static async Task<Results<Ok<Page<CommitmentSummary>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        RegisterDb db, TrackingOptions tracking, string? statement, string? party, int? agency, string? status,
        bool? overdue, bool? dueSoon, string? dueBefore, string? q, bool? isCommitment, string? pillar, int? limit, int? offset)
    {
        var errors = new Errors();
        var paging = Paging.Read(limit, offset, errors);
        var statuses = new List<CommitmentStatus>();
        foreach (var name in (status ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (EnumNames.TryParse<CommitmentStatus>(name, out var s)) statuses.Add(s);
            else errors.Add("status", $"'{name}' is not a status; use {EnumNames.All<CommitmentStatus>()} (several separated by commas).");
        }
        DateOnly? before = null;
        if (dueBefore is not null)
        {
            if (DateOnly.TryParseExact(dueBefore, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) before = d;
            else errors.Add("dueBefore", $"dueBefore must be a date written YYYY-MM-DD, like 2026-06-30; '{dueBefore}' is not.");
        }
        if (q is { Length: > 200 }) errors.Add("q", "q may have at most 200 characters.");
        if (errors.Any) return errors.Problem();

        var query = db.Commitments.AsNoTracking();
        if (statement is not null)
        {
            if (await db.Statements.Where(s => s.Key == statement).Select(s => (int?)s.Id).SingleOrDefaultAsync() is not { } sid)
                return Problems.NotFound($"statement '{statement}'");
            query = query.Where(c => c.StatementId == sid);
        }
        if (party is not null) query = query.Where(c => c.Parties.Any(p => p.Party == party));
        if (agency is { } a) query = query.Where(c => c.Agencies.Any(x => x.AgencyId == a));
        if (statuses.Count > 0) query = query.Where(c => statuses.Contains(c.Status));
        if (isCommitment is { } only) query = query.Where(c => c.IsCommitment == only);
        if (pillar is not null) query = query.Where(c => c.Item.Pillar == pillar);
        if (before is { } last) query = query.Where(c => c.DeadlineEnd != null && c.DeadlineEnd < last);
        if (!string.IsNullOrWhiteSpace(q))
        {
            string needle = q.Trim().ToLowerInvariant();
            query = query.Where(c => c.Text.ToLower().Contains(needle));
        }
        var today = Deadlines.Today(db.Clock);
        CommitmentStatus[] open = [CommitmentStatus.NotStarted, CommitmentStatus.InProgress, CommitmentStatus.Stalled];
        if (overdue is { } late)
            query = late
                ? query.Where(c => open.Contains(c.Status) && c.DeadlineEnd != null && c.DeadlineEnd < today)
                : query.Where(c => !(open.Contains(c.Status) && c.DeadlineEnd != null && c.DeadlineEnd < today));
        if (dueSoon is { } soon)
        {
            var horizon = today.AddDays(tracking.DueSoonDays);
            query = soon
                ? query.Where(c => open.Contains(c.Status) && c.DeadlineEnd >= today && c.DeadlineEnd <= horizon)
                : query.Where(c => !(open.Contains(c.Status) && c.DeadlineEnd >= today && c.DeadlineEnd <= horizon));
        }

        int total = await query.CountAsync();
        // The page's keys first, off a covering index; then only their rows.
        var ids = await query.OrderBy(c => c.StatementId).ThenBy(c => c.ItemId).ThenBy(c => c.Ordinal).ThenBy(c => c.Id)
            .Skip(paging.Offset).Take(paging.Limit).Select(c => c.Id).ToListAsync();
        var rows = (await db.Commitments.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c, Statement = c.Item.Statement.Key, ItemPath = c.Item.Path }).ToListAsync())
            .OrderBy(r => ids.IndexOf(r.c.Id)).ToList();
        var parties = await PartiesAsync(db, ids);
        var agencies = await AgenciesAsync(db, ids);
        var page = rows.Select(r => new CommitmentSummary(r.c.Id, r.Statement, r.c.ItemId, r.ItemPath, r.c.Ordinal, r.c.Text, r.c.Modality,
            r.c.IsCommitment, r.c.Status, Deadline(r.c), Deadlines.Evaluate(r.c.DeadlineEnd, r.c.Status, today, tracking.DueSoonDays),
            parties[r.c.Id].ToList(), agencies[r.c.Id].ToList(), r.c.Version)).ToList();
        return TypedResults.Ok(paging.Of(page, total));
    }

    static async Task<Results<Ok<CommitmentView>, ProblemHttpResult>> ReadAsync(int id, RegisterDb db, TrackingOptions tracking, HttpContext http)
    {
        var view = await LoadAsync(db, tracking, id);
        if (view is null) return Problems.NotFound($"commitment {id}");
        ETags.Set(http, view.Version);
        return TypedResults.Ok(view);
    }

    public static async Task<CommitmentView?> LoadAsync(RegisterDb db, TrackingOptions tracking, int id)
    {
        var row = await db.Commitments.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c, Statement = c.Item.Statement.Key, ItemPath = c.Item.Path }).SingleOrDefaultAsync();
        if (row is null) return null;
        var c = row.c;
        var today = Deadlines.Today(db.Clock);
        var sources = await db.CommitmentSources.AsNoTracking().Where(s => s.CommitmentId == id).OrderBy(s => s.VersionId)
            .Join(db.Versions, s => s.VersionId, v => v.Id, (s, v) => new SourceView(s.VersionId, v.Language, s.SpanStart, s.SpanEnd, s.Text))
            .ToListAsync();
        var targets = await TargetsApi.LoadAsync(db, db.Targets.Where(t => t.CommitmentId == id), today);
        var updates = await UpdatesApi.LoadAsync(db, db.Updates.Where(u => u.CommitmentId == id));
        return new CommitmentView(c.Id, row.Statement, c.ItemId, row.ItemPath, c.Ordinal, c.Text, c.Modality, c.IsCommitment, c.Status,
            Deadline(c), Deadlines.Evaluate(c.DeadlineEnd, c.Status, today, tracking.DueSoonDays), c.Origin,
            (await PartiesAsync(db, [id]))[id].ToList(), (await AgenciesAsync(db, [id]))[id].ToList(), sources, targets, updates, c.Version);
    }

    static DeadlineView Deadline(Commitment c) =>
        new(c.DeadlineStart, c.DeadlineEnd, c.DeadlinePrecision, c.DeadlineFiscalYear, c.DeadlineText, c.DeadlineReading);

    static async Task<ILookup<int, PartyView>> PartiesAsync(RegisterDb db, List<int> ids) =>
        (await db.CommitmentParties.AsNoTracking().Where(p => ids.Contains(p.CommitmentId)).OrderBy(p => p.Id).ToListAsync())
            .ToLookup(p => p.CommitmentId, p => new PartyView(p.Party, p.Status));

    static async Task<ILookup<int, AssignmentView>> AgenciesAsync(RegisterDb db, List<int> ids) =>
        (await db.CommitmentAgencies.AsNoTracking().Where(a => ids.Contains(a.CommitmentId)).OrderBy(a => a.Id)
            .Select(a => new { a.CommitmentId, View = new AssignmentView(a.AgencyId, a.Agency.NameEn, a.Agency.NameVi, a.Agency.Acronym, a.Party, a.Role) })
            .ToListAsync()).ToLookup(a => a.CommitmentId, a => a.View);
}

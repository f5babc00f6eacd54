using Concord.Data;
using Concord.Data.Register;
using Concord.Data.Tracking;
using Concord.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Commitments;

/// <summary>Reshaping commitments, for coordinators: split one into several (each keeps the sources, parties,
/// agencies, status and deadline), or merge others into one (their sources, parties, agencies, targets and
/// updates move to it; they are removed). Both require the If-Match of the commitment named in the path.</summary>
public static class CommitmentEditsApi
{
    public sealed record Split(IReadOnlyList<string>? Parts);

    public sealed record Merge(IReadOnlyList<int>? Others);

    public static RouteGroupBuilder MapCommitmentEdits(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/commitments").WithTags("Commitments").RequireAuthorization(Policies.Coordinate);
        group.MapPost("/{id:int}/split", SplitAsync);
        group.MapPost("/{id:int}/merge", MergeAsync);
        return group;
    }

    static async Task<Results<Ok<IReadOnlyList<CommitmentsApi.CommitmentView>>, ValidationProblem, ProblemHttpResult>> SplitAsync(
        int id, Split body, RegisterDb db, TrackingOptions tracking, HttpContext http)
    {
        var c = await db.Commitments.Include(x => x.Parties).Include(x => x.Agencies).Include(x => x.Sources).SingleOrDefaultAsync(x => x.Id == id);
        if (c is null) return Problems.NotFound($"commitment {id}");
        if (ETags.Check(http, c.Version) is { } stale) return stale;
        var errors = new Errors();
        var parts = body.Parts ?? [];
        if (parts.Count is < 2 or > 20) errors.Add("parts", "Give between 2 and 20 parts: the texts of the commitments to split this one into.");
        for (int i = 0; i < parts.Count; i++) errors.Text($"parts[{i}]", parts[i], 8000);
        if (errors.Any) return errors.Problem();

        c.Text = parts[0].Trim();
        c.Origin = "edited";
        var added = parts.Skip(1).Select(text => new Commitment
        {
            StatementId = c.StatementId,
            ItemId = c.ItemId,
            Ordinal = c.Ordinal,
            Text = text.Trim(),
            Modality = c.Modality,
            IsCommitment = c.IsCommitment,
            Status = c.Status,
            DeadlineStart = c.DeadlineStart,
            DeadlineEnd = c.DeadlineEnd,
            DeadlinePrecision = c.DeadlinePrecision,
            DeadlineFiscalYear = c.DeadlineFiscalYear,
            DeadlineText = c.DeadlineText,
            DeadlineReading = c.DeadlineReading,
            Origin = "edited",
            Sources = c.Sources.Select(s => new CommitmentSource { VersionId = s.VersionId, SpanStart = s.SpanStart, SpanEnd = s.SpanEnd, Text = s.Text }).ToList(),
            Parties = c.Parties.Select(p => new CommitmentParty { Party = p.Party, Status = p.Status }).ToList(),
            Agencies = c.Agencies.Select(a => new CommitmentAgency { AgencyId = a.AgencyId, Party = a.Party, Role = a.Role }).ToList(),
        }).ToList();
        db.Commitments.AddRange(added);
        await db.SaveChangesAsync();

        var views = new List<CommitmentsApi.CommitmentView>();
        foreach (var x in added.Prepend(c)) views.Add((await CommitmentsApi.LoadAsync(db, tracking, x.Id))!);
        ETags.Set(http, views[0].Version);
        return TypedResults.Ok<IReadOnlyList<CommitmentsApi.CommitmentView>>(views);
    }

    static async Task<Results<Ok<CommitmentsApi.CommitmentView>, ValidationProblem, ProblemHttpResult>> MergeAsync(
        int id, Merge body, RegisterDb db, TrackingOptions tracking, HttpContext http)
    {
        var c = await db.Commitments.Include(x => x.Parties).Include(x => x.Agencies).Include(x => x.Sources).SingleOrDefaultAsync(x => x.Id == id);
        if (c is null) return Problems.NotFound($"commitment {id}");
        if (ETags.Check(http, c.Version) is { } stale) return stale;
        var errors = new Errors();
        var ids = (body.Others ?? []).Distinct().ToList();
        if (ids.Count is 0 or > 20) errors.Add("others", "Name 1 to 20 other commitments to merge into this one.");
        if (ids.Contains(id)) errors.Add("others", "A commitment cannot be merged into itself.");
        var others = await db.Commitments.Include(x => x.Parties).Include(x => x.Agencies).Include(x => x.Sources)
            .Include(x => x.Targets).Include(x => x.Updates).Where(x => ids.Contains(x.Id)).ToListAsync();
        foreach (int missing in ids.Except(others.Select(o => o.Id)))
            errors.Add("others", $"There is no commitment {missing}.");
        foreach (var o in others.Where(o => o.StatementId != c.StatementId))
            errors.Add("others", $"Commitment {o.Id} belongs to another statement; only commitments of one statement can be merged.");
        if (c.Text.Length + others.Sum(o => o.Text.Length + 1) > 8000)
            errors.Add("others", "The merged text would be longer than 8000 characters; shorten the texts first.");
        if (errors.Any) return errors.Problem();

        foreach (var o in others.OrderBy(o => o.Ordinal).ThenBy(o => o.Id))
        {
            c.Text = c.Text + " " + o.Text;
            c.DeadlineEnd ??= o.DeadlineEnd;
            foreach (var s in o.Sources) c.Sources.Add(new CommitmentSource { VersionId = s.VersionId, SpanStart = s.SpanStart, SpanEnd = s.SpanEnd, Text = s.Text });
            foreach (var p in o.Parties.Where(p => !c.Parties.Any(x => x.Party == p.Party)))
                c.Parties.Add(new CommitmentParty { Party = p.Party, Status = p.Status });
            foreach (var a in o.Agencies.Where(a => !c.Agencies.Any(x => x.AgencyId == a.AgencyId && x.Party == a.Party)))
                c.Agencies.Add(new CommitmentAgency { AgencyId = a.AgencyId, Party = a.Party, Role = a.Role });
            // Moved by their keys; fixed up before the removal so that its cascade does not take them along.
            foreach (var t in o.Targets) t.CommitmentId = c.Id;
            foreach (var u in o.Updates) u.CommitmentId = c.Id;
            db.ChangeTracker.DetectChanges();
            db.Commitments.Remove(o);
        }
        c.Origin = "edited";
        CommitmentAccess.Touch(db, c);
        await db.SaveChangesAsync();
        var view = (await CommitmentsApi.LoadAsync(db, tracking, id))!;
        ETags.Set(http, view.Version);
        return TypedResults.Ok(view);
    }
}

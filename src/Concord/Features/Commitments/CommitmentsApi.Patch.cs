using Concord.Data;
using Concord.Data.Register;
using Concord.Data.Tracking;
using Concord.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Commitments;

public static partial class CommitmentsApi
{
    internal static readonly string[] Precisions = ["day", "month", "season", "quarter", "half", "year", "fiscal-year", "asap", "recurring"];

    static async Task<Results<Ok<CommitmentView>, ValidationProblem, ProblemHttpResult>> PatchAsync(
        int id, CommitmentPatch body, RegisterDb db, TrackingOptions tracking, HttpContext http)
    {
        var c = await db.Commitments.Include(x => x.Parties).Include(x => x.Agencies).SingleOrDefaultAsync(x => x.Id == id);
        if (c is null) return Problems.NotFound($"commitment {id}");
        if (await CommitmentAccess.CheckAsync(db, http.User, id) is { } refused) return refused;
        if (body.Agencies is not null && CommitmentAccess.CoordinatorOnly(http.User, "assign agencies") is { } notAssign) return notAssign;
        if (body.IsCommitment is not null && CommitmentAccess.CoordinatorOnly(http.User, "mark what is or is not a commitment") is { } notMark) return notMark;
        if (ETags.Check(http, c.Version) is { } stale) return stale;

        var errors = new Errors();
        if (body.Text is not null)
        {
            string text = errors.Text("text", body.Text, 8000);
            if (text.Length > 0 && !string.Equals(text, c.Text, StringComparison.Ordinal))
            {
                c.Text = text;
                c.Origin = "edited";
            }
        }
        if (body.Status is not null)
        {
            if (EnumNames.TryParse<CommitmentStatus>(body.Status, out var status)) c.Status = status;
            else errors.Add("status", $"'{body.Status}' is not a status; use one of {EnumNames.All<CommitmentStatus>()}.");
        }
        if (body.Deadline is { } d) ApplyDeadline(c, d, errors);
        if (body.IsCommitment is { } isCommitment) c.IsCommitment = isCommitment;
        if (body.Agencies is { } agencies) await AssignAsync(db, c, agencies, errors);
        if (errors.Any) return errors.Problem();

        CommitmentAccess.Touch(db, c);
        await db.SaveChangesAsync();
        var view = (await LoadAsync(db, tracking, id))!;
        ETags.Set(http, view.Version);
        return TypedResults.Ok(view);
    }

    internal static void ApplyDeadline(Commitment c, DeadlinePatch d, Errors errors)
    {
        if (d.Start is { } s && d.End is { } e && e < s)
            errors.Add(new Refusal("deadline.end", "DeadlineEndsBeforeStart", $"The deadline cannot end ({e:yyyy-MM-dd}) before it starts ({s:yyyy-MM-dd}).", e, s));
        if (d.Precision is not null && !Precisions.Contains(d.Precision, StringComparer.Ordinal))
            errors.Add(new Refusal("deadline.precision", "NotAPrecision", $"'{d.Precision}' is not a precision; use one of {string.Join(", ", Precisions)}.", d.Precision));
        if (d.FiscalYear is not (null or "JP" or "VN"))
            errors.Add(new Refusal("deadline.fiscalYear", "NotAFiscalYear", $"The fiscal-year convention is JP or VN, not '{d.FiscalYear}'.", d.FiscalYear));
        c.DeadlineStart = d.Start;
        c.DeadlineEnd = d.End;
        c.DeadlinePrecision = d.Start is null && d.End is null ? null : d.Precision ?? "day";
        c.DeadlineFiscalYear = d.FiscalYear;
        c.DeadlineText = "";
        c.DeadlineReading = errors.Text("deadline.reading", d.Reading, 500, required: false);
    }

    /// <summary>Replaces the commitment's assignments; a party that does not yet owe it is added as owing it.</summary>
    internal static async Task AssignAsync(RegisterDb db, Commitment c, IReadOnlyList<AssignmentRequest> requests, Errors errors)
    {
        var statement = await db.Statements.AsNoTracking().Where(s => s.Id == c.StatementId).Select(s => new { s.PartyA, s.PartyB }).SingleAsync();
        var ids = requests.Select(r => r.AgencyId).Distinct().ToList();
        var known = await db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Country }).ToDictionaryAsync(a => a.Id, a => a.Country);
        var wanted = new List<CommitmentAgency>();
        for (int i = 0; i < requests.Count; i++)
        {
            var r = requests[i];
            string field = $"agencies[{i}]";
            if (!known.TryGetValue(r.AgencyId, out var country))
            {
                errors.Add(new Refusal(field + ".agencyId", "NoSuchAgency", $"There is no agency {r.AgencyId}.", r.AgencyId));
                continue;
            }
            string party = string.IsNullOrWhiteSpace(r.Party) ? country : r.Party.Trim();
            if (party != statement.PartyA && party != statement.PartyB)
                errors.Add(new Refusal(field + ".party", "NotAParty", $"'{party}' is not a party to this statement ({statement.PartyA}, {statement.PartyB}).",
                    party, statement.PartyA, statement.PartyB));
            string role = r.Role ?? "lead";
            if (role is not ("lead" or "support"))
                errors.Add(new Refusal(field + ".role", "NotARole", $"An agency's role is lead or support, not '{role}'.", role));
            if (wanted.Any(w => w.AgencyId == r.AgencyId && w.Party == party))
                errors.Add(new Refusal(field, "AssignedTwice", $"Agency {r.AgencyId} is assigned twice for {party}.", r.AgencyId, party));
            wanted.Add(new CommitmentAgency { CommitmentId = c.Id, AgencyId = r.AgencyId, Party = party, Role = role });
        }
        if (errors.Any) return;
        foreach (var old in c.Agencies.ToList())
        {
            var same = wanted.FirstOrDefault(w => w.AgencyId == old.AgencyId && w.Party == old.Party);
            if (same is null) c.Agencies.Remove(old);
            else
            {
                old.Role = same.Role;
                wanted.Remove(same);
            }
        }
        c.Agencies.AddRange(wanted);
        foreach (var party in c.Agencies.Select(a => a.Party).Distinct(StringComparer.Ordinal))
            if (!c.Parties.Any(p => p.Party == party))
                c.Parties.Add(new CommitmentParty { Party = party, Status = c.Status });
    }
}

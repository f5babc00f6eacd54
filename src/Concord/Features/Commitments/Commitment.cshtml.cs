using System.Globalization;
using Concord.Data;
using Concord.Data.Register;
using Concord.Data.Tracking;
using Concord.Features.History;
using Concord.Features.Shared;
using Concord.Resources;
using Concord.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Concord.Features.Commitments;

/// <summary><c>/commitments/{id}</c>: a commitment in every version with its clause marked, its deadline and how it
/// was read, parties, agencies, targets, updates and history; forms to post an update (its agencies' editors,
/// coordinators) and to change status, deadline and agencies (coordinators).</summary>
public sealed partial class CommitmentModel(RegisterDb db, TrackingOptions tracking, ServeSettings settings, IStringLocalizer<Strings> strings) : PageModel
{
    public sealed record AgencyOption(int Id, string Name, string Country);

    public sealed record HistoryRow(DateTime At, string Actor, string Entity, string Operation);

    public CommitmentsApi.CommitmentView View { get; private set; } = null!;
    public string StatementTitle { get; private set; } = "";
    public IReadOnlyList<string> StatementParties { get; private set; } = [];
    public IReadOnlyList<SourceText> Sources { get; private set; } = [];
    public IReadOnlyList<HistoryRow> History { get; private set; } = [];
    public IReadOnlyList<AgencyOption> AgencyOptions { get; private set; } = [];
    public bool CanUpdate { get; private set; }
    public bool CanCoordinate { get; private set; }
    public DateOnly Today { get; private set; }

    [BindProperty]
    public CommitmentForms.Update UpdateForm { get; set; } = new();

    [BindProperty]
    public CommitmentForms.Edit EditForm { get; set; } = new();

    /// <summary>What went wrong with a form, for the person who sent it; the form keeps what they typed.</summary>
    public List<string> UpdateErrors { get; } = [];
    public List<string> EditErrors { get; } = [];
    public bool UpdateStale { get; private set; }
    public bool EditStale { get; private set; }

    [FromQuery(Name = "saved")]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        UpdateForm = new CommitmentForms.Update { Version = View.Version, Date = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        EditForm = EditOf(View);
        return Page();
    }

    public async Task<IActionResult> OnPostUpdateAsync(int id)
    {
        var c = await db.Commitments.Include(x => x.Parties).SingleOrDefaultAsync(x => x.Id == id, HttpContext.RequestAborted);
        if (c is null) return NotFound();
        if (await RefuseAsync(id, coordinate: false) is { } refused) return refused;
        var form = UpdateForm;
        if (form.Version != c.Version)
        {
            UpdateStale = true;
            return await RedrawAsync(id, keepUpdate: true);
        }
        var draft = ReadUpdate(form, out var evidence);
        if (UpdateErrors.Count == 0 && draft is not null)
        {
            var result = UpdateApplier.Apply(c, draft, User.Name(), db.Now);
            if (!result.Succeeded) UpdateErrors.AddRange(result.Errors.Select(strings.Say));
            else
            {
                if (evidence is not null) result.Update!.Evidence.Add(evidence);
                CommitmentAccess.Touch(db, c);
                if (await TrySaveAsync()) return Redirect($"/commitments/{Format(id)}?saved=update#updates");
                UpdateStale = true;
            }
        }
        return await RedrawAsync(id, keepUpdate: true);
    }

    public async Task<IActionResult> OnPostEditAsync(int id)
    {
        var c = await db.Commitments.Include(x => x.Parties).Include(x => x.Agencies).SingleOrDefaultAsync(x => x.Id == id, HttpContext.RequestAborted);
        if (c is null) return NotFound();
        if (await RefuseAsync(id, coordinate: true) is { } refused) return refused;
        var form = EditForm;
        if (form.Version != c.Version)
        {
            EditStale = true;
            return await RedrawAsync(id, keepEdit: true);
        }
        var errors = new Errors();
        if (form.Status is { Length: > 0 } status)
        {
            if (EnumNames.TryParse<CommitmentStatus>(status, out var s)) c.Status = s;
            else errors.Add("status", strings["Commitment.BadStatus"]);
        }
        bool deadlineChanged = form.DeadlineStart != c.DeadlineStart || form.DeadlineEnd != c.DeadlineEnd
            || Blank(form.DeadlinePrecision) != c.DeadlinePrecision || Blank(form.DeadlineFiscalYear) != c.DeadlineFiscalYear
            || (Blank(form.DeadlineReading) ?? "") != c.DeadlineReading;
        if (deadlineChanged)
            CommitmentsApi.ApplyDeadline(c, new CommitmentsApi.DeadlinePatch(form.DeadlineStart, form.DeadlineEnd, Blank(form.DeadlinePrecision),
                Blank(form.DeadlineFiscalYear), Blank(form.DeadlineReading)), errors);
        var wanted = form.Agencies.Where(a => !a.Remove && a.AgencyId is not null)
            .Select(a => new CommitmentsApi.AssignmentRequest(a.AgencyId!.Value, Blank(a.Party), Blank(a.Role))).ToList();
        bool agenciesChanged = wanted.Count != c.Agencies.Count
            || wanted.Any(w => !c.Agencies.Any(a => a.AgencyId == w.AgencyId && a.Party == (w.Party ?? a.Party) && a.Role == (w.Role ?? "lead")));
        if (agenciesChanged) await CommitmentsApi.AssignAsync(db, c, wanted, errors);
        if (errors.Any)
        {
            EditErrors.AddRange(errors.Refusals.Select(strings.Say));
            db.ChangeTracker.Clear();
            return await RedrawAsync(id, keepEdit: true);
        }
        CommitmentAccess.Touch(db, c);
        if (await TrySaveAsync()) return Redirect($"/commitments/{Format(id)}?saved=edit");
        EditStale = true;
        return await RedrawAsync(id, keepEdit: true);
    }

    async Task<bool> LoadAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var view = await CommitmentsApi.LoadAsync(db, tracking, id);
        if (view is null) return false;
        View = view;
        Today = Deadlines.Today(db.Clock);
        var statement = await db.Statements.AsNoTracking().Where(s => s.Key == view.Statement)
            .Select(s => new { s.Id, s.Title, s.PartyA, s.PartyB }).SingleAsync(ct);
        StatementTitle = statement.Title;
        StatementParties = [statement.PartyA, statement.PartyB];
        var versions = await db.Versions.AsNoTracking().Where(v => v.StatementId == statement.Id).OrderBy(v => v.Id)
            .Select(v => new { v.Id, v.Language, v.Official, v.Text }).ToListAsync(ct);
        var items = await db.ItemTexts.AsNoTracking().Where(t => t.ItemId == view.ItemId)
            .Select(t => new { t.VersionId, t.SpanStart, t.SpanEnd, t.Text }).ToListAsync(ct);
        Sources = versions.Select(v =>
        {
            var item = items.FirstOrDefault(t => t.VersionId == v.Id);
            var source = view.Sources.FirstOrDefault(s => s.VersionId == v.Id);
            if (source is null && item is null) return null;
            return SourceText.Of(v.Language, v.Official, v.Text, item is null ? null : (item.SpanStart, item.SpanEnd),
                source is null ? null : (source.SpanStart, source.SpanEnd), source?.Text ?? item?.Text ?? "");
        }).OfType<SourceText>().ToList();
        History = (await HistoryApi.Of(db, "Commitment", id).OrderByDescending(c => c.Id).Take(200)
            .Select(c => new { c.At, c.Actor, c.Entity, c.Operation }).ToListAsync(ct))
            .Select(c => new HistoryRow(c.At, c.Actor, c.Entity, c.Operation)).ToList();
        CanCoordinate = User.Coordinates();
        CanUpdate = User.Role() is Data.Accounts.Role.AgencyEditor or Data.Accounts.Role.Coordinator or Data.Accounts.Role.Admin
            && await CommitmentAccess.CheckAsync(db, User, id) is null;
        if (CanCoordinate)
        {
            bool vietnamese = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi";
            AgencyOptions = (await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.NameVi, a.NameEn, a.Acronym, a.Country }).ToListAsync(ct))
                .Select(a => new AgencyOption(a.Id, (vietnamese ? a.NameVi : a.NameEn) + (a.Acronym is { Length: > 0 } ac ? " (" + ac + ")" : ""), a.Country))
                .OrderBy(a => a.Name, StringComparer.Create(CultureInfo.CurrentCulture, CompareOptions.IgnoreCase)).ToList();
        }
        return true;
    }

    async Task<IActionResult> RedrawAsync(int id, bool keepUpdate = false, bool keepEdit = false)
    {
        db.ChangeTracker.Clear();
        if (!await LoadAsync(id)) return NotFound();
        // What the person typed stays; the version moves to the one now read, so that sending again applies it.
        if (keepUpdate) UpdateForm.Version = View.Version;
        else UpdateForm = new CommitmentForms.Update { Version = View.Version, Date = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        if (keepEdit) EditForm.Version = View.Version;
        else EditForm = EditOf(View);
        Response.StatusCode = UpdateStale || EditStale ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Null when the caller may use the form; else the answer (sign in first, or not allowed).</summary>
    async Task<IActionResult?> RefuseAsync(int id, bool coordinate)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        bool allowed = coordinate ? User.Coordinates() : await CommitmentAccess.CheckAsync(db, User, id) is null;
        return allowed ? null : Forbid();
    }

    async Task<bool> TrySaveAsync()
    {
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    static CommitmentForms.Edit EditOf(CommitmentsApi.CommitmentView v) => new()
    {
        Version = v.Version,
        Status = Formats.Kebab.Of(v.Status),
        DeadlineStart = v.Deadline.Start,
        DeadlineEnd = v.Deadline.End,
        DeadlinePrecision = v.Deadline.Precision,
        DeadlineFiscalYear = v.Deadline.FiscalYear,
        DeadlineReading = v.Deadline.Reading,
        Agencies = v.Agencies.Select(a => new CommitmentForms.Assignment { AgencyId = a.AgencyId, Party = a.Party, Role = a.Role }).ToList(),
    };

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    static string Format(int id) => id.ToString(CultureInfo.InvariantCulture);
}

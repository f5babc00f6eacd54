using System.Globalization;
using Concord.Data;
using Concord.Data.Register;
using Concord.Data.Tracking;
using Concord.Features.Registers;
using Concord.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Agencies;

/// <summary><c>/agencies/{id}</c>: an agency, its commitments by statement with status and deadline (overdue
/// marked; a hundred at a time, newest statements first), the items that name it, and its calendar feed.</summary>
public sealed class AgencyModel(RegisterDb db, TrackingOptions tracking, RegisterMemo memo) : PageModel
{
    public const int PageSize = 100;

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public sealed record Facts(int Id, string Name, string OtherName, string? Acronym, string Country, int? ParentId, string? Parent,
        IReadOnlyList<(int Id, string Name)> Children);

    public sealed record Row(int Id, string Text, string ItemPath, string Party, string Role, CommitmentStatus Status,
        DateOnly? DeadlineEnd, string DeadlineText, DeadlineState State);

    public sealed record StatementGroup(string Key, string Title, DateOnly? Date, IReadOnlyList<Row> Commitments);

    public Facts View { get; private set; } = null!;
    public IReadOnlyList<StatementGroup> Statements { get; private set; } = [];
    public int Total { get; private set; }
    public MentionContexts.Result Mentions { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        bool vietnamese = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi";
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Id, a.NameVi, a.NameEn, a.Acronym, a.Country, a.ParentId }).SingleOrDefaultAsync(ct);
        if (agency is null) return NotFound();
        var related = await db.Agencies.AsNoTracking().Where(a => a.Id == agency.ParentId || a.ParentId == id)
            .Select(a => new { a.Id, a.NameVi, a.NameEn, a.ParentId }).ToListAsync(ct);
        string Name(string vi, string en) => vietnamese ? vi : en;
        var parent = related.FirstOrDefault(a => a.Id == agency.ParentId);
        View = new Facts(agency.Id, Name(agency.NameVi, agency.NameEn), Name(agency.NameEn, agency.NameVi), agency.Acronym, agency.Country,
            agency.ParentId, parent is null ? null : Name(parent.NameVi, parent.NameEn),
            related.Where(a => a.ParentId == id).Select(a => (a.Id, Name(a.NameVi, a.NameEn))).OrderBy(a => a.Item2, StringComparer.CurrentCulture).ToList());

        // An agency may be assigned thousands of commitments: the page of them is kept until the register changes.
        var (total, rows) = await memo.GetAsync(db, $"agency|{id}|{PageNumber}", () => PageAsync(id, ct), ct);
        Total = total;
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var today = Deadlines.Today(db.Clock);
        Statements = rows.GroupBy(r => r.StatementId)
            .Select(g => new StatementGroup(g.First().Key, g.First().Title, g.First().Date, g.Select(r => new Row(r.Id, r.Text, r.Path, r.Party, r.Role,
                r.Status, r.DeadlineEnd, r.DeadlineText, Deadlines.Evaluate(r.DeadlineEnd, r.Status, today, tracking.DueSoonDays))).ToList()))
            .ToList();
        Mentions = await MentionContexts.LoadAsync(db, memo, $"agency/{id}", db.Mentions.Where(m => m.AgencyId == id), ct);
        return Page();
    }

    public sealed record Assigned(int Id, string Text, string Path, string Party, string Role, CommitmentStatus Status, DateOnly? DeadlineEnd,
        string DeadlineText, int StatementId, string Key, string Title, DateOnly? Date);

    async Task<(int Total, List<Assigned> Rows)> PageAsync(int id, CancellationToken ct)
    {
        var assigned = db.CommitmentAgencies.AsNoTracking().Where(a => a.AgencyId == id)
            .Join(db.Commitments.Where(c => c.IsCommitment), a => a.CommitmentId, c => c.Id, (a, c) => new { a, c });
        int total = await assigned.CountAsync(ct);
        int page = Math.Clamp(PageNumber, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await assigned
            .OrderByDescending(x => x.c.Statement.Date).ThenBy(x => x.c.StatementId).ThenBy(x => x.c.Item.Ordinal).ThenBy(x => x.c.Ordinal).ThenBy(x => x.a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new Assigned(x.c.Id, x.c.Text, x.c.Item.Path, x.a.Party, x.a.Role, x.c.Status, x.c.DeadlineEnd, x.c.DeadlineText,
                x.c.StatementId, x.c.Statement.Key, x.c.Statement.Title, x.c.Statement.Date))
            .ToListAsync(ct);
        return (total, rows);
    }

    public int First => (PageNumber - 1) * PageSize + 1;

    public int Last => Math.Min(Total, PageNumber * PageSize);

    public bool HasNext => PageNumber * PageSize < Total;

    /// <summary>The calendar feed of the agency's deadlines, in the page's language.</summary>
    public string CalendarLink => "/api/calendar.ics?agency=" + View.Id.ToString(CultureInfo.InvariantCulture)
        + "&lang=" + (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi" ? "vi" : "en");
}

using Concord.Data;
using Concord.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Mechanisms;

/// <summary><c>/mechanisms</c>: every mechanism with its cadence, last meeting and next expected one, flagged when it
/// has not met within its cadence; filtered by the statement that names it.</summary>
public sealed class MechanismsModel(RegisterDb db, RegisterMemo memo) : PageModel
{
    [FromQuery(Name = "statement")] public string? Statement { get; set; }

    public IReadOnlyList<MechanismsApi.MechanismView> Mechanisms { get; private set; } = [];
    public IReadOnlyList<(string Key, string Title)> Statements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Statements = (await db.Statements.AsNoTracking().OrderByDescending(s => s.Date).ThenBy(s => s.Key).Take(200)
            .Select(s => new { s.Key, s.Title }).ToListAsync(ct)).Select(s => (s.Key, s.Title)).ToList();
        if (string.IsNullOrWhiteSpace(Statement)) Statement = null;
        if (Statement is not { } key)
        {
            Mechanisms = await MechanismsApi.AllAsync(db, memo, ct);
            return Page();
        }
        if (!await db.Statements.AnyAsync(s => s.Key == key, ct)) return NotFound();
        var named = db.Mechanisms.Where(m => db.Mentions.Any(x => x.MechanismId == m.Id && db.Items.Any(i => i.Id == x.ItemId && i.Statement.Key == key)));
        Mechanisms = await MechanismsApi.LoadAsync(db, named.OrderBy(m => m.Name).ThenBy(m => m.Id), withMentions: false);
        return Page();
    }
}

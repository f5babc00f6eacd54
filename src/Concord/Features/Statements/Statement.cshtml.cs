using System.Globalization;
using Concord.Data;
using Concord.Features.Articles;
using Concord.Features.Shared;
using Concord.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Statements;

/// <summary><c>/statements/{key}</c>: the outline with the chosen language versions side by side, each item's
/// commitments as chips, and the differences the aligner found between versions.</summary>
public sealed class StatementModel(RegisterDb db, RegisterMemo memo) : PageModel
{
    public StatementPage Statement { get; private set; } = null!;

    /// <summary>The versions shown, in the order of the statement's versions.</summary>
    public IReadOnlyList<StatementPage.VersionRow> Shown { get; private set; } = [];

    public PressSection Press { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string key, [FromQuery(Name = "lang")] string[]? lang)
    {
        var ct = HttpContext.RequestAborted;
        var s = await db.Statements.AsNoTracking().Where(x => x.Key == key)
            .Select(x => new { x.Id, x.Key, x.Title, x.PartyA, x.PartyB, x.Date, x.Place }).SingleOrDefaultAsync(ct);
        if (s is null) return NotFound();
        var versions = await db.Versions.AsNoTracking().Where(v => v.StatementId == s.Id).OrderBy(v => v.Id)
            .Select(v => new StatementPage.VersionRow(v.Id, v.Language, v.Official, v.Source)).ToListAsync(ct);
        var items = await db.Items.AsNoTracking().Where(i => i.StatementId == s.Id).OrderBy(i => i.Ordinal)
            .Select(i => new { i.Id, i.Path, i.Kind }).ToListAsync(ct);
        var texts = (await db.ItemTexts.AsNoTracking().Where(t => t.Item.StatementId == s.Id)
            .Select(t => new { t.ItemId, Cell = new StatementPage.TextCell(t.VersionId, t.Label, t.Heading, t.Text, t.AlignScore) })
            .ToListAsync(ct)).ToLookup(t => t.ItemId, t => t.Cell);
        var issues = (await db.AlignmentIssues.AsNoTracking().Where(a => db.Items.Any(i => i.Id == a.ItemId && i.StatementId == s.Id))
            .OrderBy(a => a.Id).Select(a => new { a.ItemId, Row = new StatementPage.IssueRow(a.Kind, a.Detail) }).ToListAsync(ct))
            .ToLookup(a => a.ItemId, a => a.Row);
        var chips = (await Chips.ForStatementAsync(db, s.Id, ct)).ToLookup(c => c.ItemId, c => c.Chip);
        Statement = new StatementPage(s.Id, s.Key, s.Title, s.PartyA, s.PartyB, s.Date, s.Place, versions,
            items.Select(i => new StatementPage.ItemRow(i.Id, i.Path, i.Kind, texts[i.Id].ToList(), issues[i.Id].ToList(), chips[i.Id].ToList())).ToList());
        var wanted = (lang ?? []).Select(l => l.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        Shown = versions.Where(v => wanted.Count == 0 || wanted.Contains(v.Language)).ToList();
        if (Shown.Count == 0) Shown = versions;
        Press = new PressSection(s.Key, await PressRow.LoadAsync(db, memo, s.Id, ct), User.Edits(), new ArticleForm(), []);
        return Page();
    }

    public bool IsShown(StatementPage.VersionRow version) => Shown.Contains(version);

    public static string Score(double score) => score.ToString("P0", CultureInfo.CurrentCulture);
}

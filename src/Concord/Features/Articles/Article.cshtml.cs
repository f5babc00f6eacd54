using System.Globalization;
using Concord.Data;
using Concord.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Articles;

/// <summary><c>/articles/{id}</c>: a press article checked against its statement as the register holds it now, its
/// claims marked in its text with their verdicts, a summary on top and the evidence for each claim; coordinators may
/// delete it.</summary>
public sealed class ArticleModel(RegisterDb db, RegisterMemo memo) : PageModel
{
    public ArticlePage View { get; private set; } = null!;
    public bool CanDelete { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var check = await ArticlesApi.CheckAsync(db, memo, id, HttpContext.RequestAborted);
        if (check is null) return NotFound();
        var title = await db.Statements.AsNoTracking().Where(s => s.Id == check.Article.StatementId).Select(s => s.Title)
            .SingleAsync(HttpContext.RequestAborted);
        View = new ArticlePage(check, title);
        CanDelete = User.Coordinates();
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        var article = await db.Articles.Include(a => a.Statement).SingleOrDefaultAsync(a => a.Id == id, HttpContext.RequestAborted);
        if (article is null) return NotFound();
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (!User.Coordinates()) return Forbid();
        db.Actor = User.Name();
        db.Articles.Remove(article);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Redirect($"/statements/{Uri.EscapeDataString(article.Statement.Key)}/articles?deleted={id.ToString(CultureInfo.InvariantCulture)}");
    }
}

using Concord.Data;
using Concord.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Home;

/// <summary><c>/</c>: the statements, newest first, each with its dashboard; a page of ten at a time.</summary>
public sealed class IndexModel(RegisterDb db, RegisterMemo memo) : PageModel
{
    public const int PageSize = 10;

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public IReadOnlyList<Dashboard> Dashboards { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        PageNumber = Math.Max(1, PageNumber);
        Total = await db.Statements.CountAsync(ct);
        // Drawing ten dashboards reads every commitment, target and update of ten statements: kept until the
        // register changes, since every visitor opens this page first.
        Dashboards = await memo.GetAsync(db, $"dashboards/{PageNumber}", async () =>
        {
            var heads = await db.Statements.AsNoTracking()
                .OrderByDescending(s => s.Date).ThenBy(s => s.Key)
                .Skip((PageNumber - 1) * PageSize).Take(PageSize)
                .Select(s => new DashboardLoader.StatementHead(s.Id, s.Key, s.Title, s.Date, s.PartyA, s.PartyB))
                .ToListAsync(ct);
            return await DashboardLoader.LoadAsync(db, heads, ct);
        }, ct);
    }

    public bool HasNext => PageNumber * PageSize < Total;
}

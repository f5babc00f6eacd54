using Concord.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Home;

/// <summary><c>/</c>: the statements of the register.</summary>
public sealed class IndexModel(RegisterDb db) : PageModel
{
    public sealed record StatementRow(string Key, string Title, DateOnly? Date);

    public IReadOnlyList<StatementRow> Statements { get; private set; } = [];

    public async Task OnGetAsync() =>
        Statements = await db.Statements.AsNoTracking()
            .OrderByDescending(s => s.Date).ThenBy(s => s.Key)
            .Select(s => new StatementRow(s.Key, s.Title, s.Date))
            .ToListAsync(HttpContext.RequestAborted);
}

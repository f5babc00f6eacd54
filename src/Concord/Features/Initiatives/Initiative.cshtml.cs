using Concord.Data;
using Concord.Features.Registers;
using Concord.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Initiatives;

/// <summary><c>/initiatives/{id}</c>: a programme, project or event and the items that name it.</summary>
public sealed class InitiativeModel(RegisterDb db, RegisterMemo memo) : PageModel
{
    public sealed record Facts(int Id, string Kind, string Name, string? OtherName, DateOnly? Date);

    public Facts View { get; private set; } = null!;
    public MentionContexts.Result Mentions { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var found = await db.Initiatives.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new Facts(i.Id, i.Kind, i.Name, i.OtherName, i.Date)).SingleOrDefaultAsync(ct);
        if (found is null) return NotFound();
        View = found;
        Mentions = await MentionContexts.LoadAsync(db, memo, $"initiative/{id}", db.Mentions.Where(m => m.InitiativeId == id), ct);
        return Page();
    }
}

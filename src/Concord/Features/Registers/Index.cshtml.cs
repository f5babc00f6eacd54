using Concord.Data;
using Concord.Data.Tracking;
using Concord.Features.Mechanisms;
using Concord.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Registers;

/// <summary><c>/registers</c>: the registers of mechanisms, programmes, projects, events and agencies, with how
/// many each holds.</summary>
public sealed class IndexModel(RegisterDb db, RegisterMemo memo) : PageModel
{
    public sealed record Entry(string Key, string Href, int Count, string? HintKey = null, int Hint = 0);

    public IReadOnlyList<Entry> Entries { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var kinds = (await db.Initiatives.AsNoTracking().GroupBy(i => i.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(k => k.Kind, k => k.Count, StringComparer.Ordinal);
        var mechanisms = await MechanismsApi.AllAsync(db, memo, ct);
        Entries =
        [
            new("Registers.Mechanisms", "/mechanisms", mechanisms.Count, "Registers.LapsedCount", mechanisms.Count(m => m.Cadence.Lapsed)),
            new("Registers.Programmes", "/initiatives?kind=programme", kinds.GetValueOrDefault("programme")),
            new("Registers.Projects", "/initiatives?kind=project", kinds.GetValueOrDefault("project")),
            new("Registers.Events", "/initiatives?kind=event", kinds.GetValueOrDefault("event")),
            new("Registers.Agencies", "/agencies", await db.Agencies.CountAsync(ct)),
        ];
    }
}

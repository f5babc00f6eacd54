using Concord.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Initiatives;

/// <summary><c>/initiatives?kind=</c>: the programmes, projects and events statements name, one kind per tab, with
/// how many items name each.</summary>
public sealed class InitiativesModel(RegisterDb db) : PageModel
{
    public const int Limit = 1000;

    public static IReadOnlyList<string> Kinds { get; } = ["programme", "project", "event"];

    public sealed record Row(int Id, string Kind, string Name, string? OtherName, DateOnly? Date, int Mentions);

    [FromQuery(Name = "kind")] public string? Kind { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (Kind is not null && !Kinds.Contains(Kind, StringComparer.Ordinal)) Kind = null;
        var query = db.Initiatives.AsNoTracking();
        if (Kind is { } kind) query = query.Where(i => i.Kind == kind);
        Total = await query.CountAsync(ct);
        var rows = await query.OrderBy(i => i.Kind).ThenBy(i => i.Name).ThenBy(i => i.Id).Take(Limit)
            .Select(i => new Row(i.Id, i.Kind, i.Name, i.OtherName, i.Date, db.Mentions.Count(m => m.InitiativeId == i.Id)))
            .ToListAsync(ct);
        // Events read best in the order they happen; the rest by name.
        Rows = Kind == "event" ? rows.OrderBy(r => r.Date ?? DateOnly.MaxValue).ThenBy(r => r.Name, StringComparer.Ordinal).ToList() : rows;
    }

    public static string Href(string? kind) => kind is null ? "/initiatives" : "/initiatives?kind=" + kind;
}

using System.Globalization;
using Concord.Data;
using Concord.Data.Register;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Agencies;

/// <summary><c>/agencies</c>: the agencies of each country with their parent, and how many commitments each leads
/// and supports, by status.</summary>
public sealed class AgenciesModel(RegisterDb db) : PageModel
{
    public const int Limit = 2000;

    public sealed record Row(int Id, string Name, string OtherName, string? Acronym, int? ParentId, string? Parent,
        int Leads, int Supports, IReadOnlyList<(CommitmentStatus Status, int Count)> ByStatus);

    public sealed record Country(string Name, IReadOnlyList<Row> Agencies);

    public IReadOnlyList<Country> Countries { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        bool vietnamese = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi";
        Total = await db.Agencies.CountAsync(ct);
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Id).Take(Limit)
            .Select(a => new { a.Id, a.NameVi, a.NameEn, a.Acronym, a.Country, a.ParentId }).ToListAsync(ct);
        var names = agencies.ToDictionary(a => a.Id, a => vietnamese ? a.NameVi : a.NameEn);
        var counts = await db.CommitmentAgencies.AsNoTracking()
            .Join(db.Commitments.Where(c => c.IsCommitment), a => a.CommitmentId, c => c.Id, (a, c) => new { a.AgencyId, a.Role, c.Status })
            .GroupBy(x => new { x.AgencyId, x.Role, x.Status })
            .Select(g => new { g.Key.AgencyId, g.Key.Role, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        var byAgency = counts.ToLookup(c => c.AgencyId);
        var order = StringComparer.Create(CultureInfo.CurrentCulture, CompareOptions.IgnoreCase);
        Countries = agencies
            .Select(a => new
            {
                a.Country,
                Row = new Row(a.Id, names[a.Id], vietnamese ? a.NameEn : a.NameVi, a.Acronym, a.ParentId,
                    a.ParentId is { } p ? names.GetValueOrDefault(p) : null,
                    byAgency[a.Id].Where(c => c.Role == "lead").Sum(c => c.Count),
                    byAgency[a.Id].Where(c => c.Role != "lead").Sum(c => c.Count),
                    byAgency[a.Id].GroupBy(c => c.Status).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(c => c.Count))).ToList()),
            })
            .GroupBy(x => x.Country)
            .OrderBy(g => g.Key, order)
            .Select(g => new Country(g.Key, g.Select(x => x.Row).OrderBy(r => r.Name, order).ToList()))
            .ToList();
    }
}

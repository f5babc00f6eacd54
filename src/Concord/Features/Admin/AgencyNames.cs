using System.Globalization;
using Concord.Data;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Admin;

/// <summary>The agencies for a select box, named in the page's language and sorted for it.</summary>
public static class AgencyNames
{
    public static async Task<IReadOnlyList<(int Id, string Name)>> ListAsync(RegisterDb db, CancellationToken ct)
    {
        bool vietnamese = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi";
        var rows = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.NameVi, a.NameEn, a.Acronym }).ToListAsync(ct);
        return rows.Select(a => (a.Id, (vietnamese ? a.NameVi : a.NameEn) + (a.Acronym is { Length: > 0 } ac ? " (" + ac + ")" : "")))
            .OrderBy(a => a.Item2, StringComparer.Create(CultureInfo.CurrentCulture, CompareOptions.IgnoreCase)).ToList();
    }
}

using Concord.Data;
using Concord.Data.Register;
using Concord.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Concord.Features.Admin;

/// <summary><c>/admin/agencies</c> (coordinators, admins): the agencies, named in Vietnamese and English; add, edit.</summary>
public sealed class AgenciesModel(RegisterDb db, IStringLocalizer<Strings> strings) : PageModel
{
    public sealed record AgencyRow(int Id, string NameVi, string NameEn, string? Acronym, string Country, long Version);

    public IReadOnlyList<AgencyRow> Agencies { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    /// <summary>The agency whose form was sent, so that what was typed is shown again when it is refused.</summary>
    public int? Posted { get; private set; }

    [BindProperty] public string? NameVi { get; set; }
    [BindProperty] public string? NameEn { get; set; }
    [BindProperty] public string? Acronym { get; set; }
    [BindProperty] public string? Country { get; set; }
    [BindProperty] public long Version { get; set; }

    public async Task OnGetAsync(bool saved)
    {
        if (saved) Message = strings["Admin.AgencySaved"];
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        var agency = new Agency { NameVi = "", NameEn = "", Country = "" };
        if (!Apply(agency)) return await RedrawAsync(0);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Redirect("/admin/agencies?saved=true");
    }

    public async Task<IActionResult> OnPostSaveAsync(int id)
    {
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Id == id, HttpContext.RequestAborted);
        if (agency is null) return NotFound();
        if (agency.Version != Version)
        {
            Error = strings["Admin.AgencyStale"];
            return await RedrawAsync(id);
        }
        if (!Apply(agency)) return await RedrawAsync(id);
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            Error = strings["Admin.AgencyStale"];
            return await RedrawAsync(id);
        }
        return Redirect("/admin/agencies?saved=true");
    }

    bool Apply(Agency agency)
    {
        string vi = NameVi?.Trim() ?? "", en = NameEn?.Trim() ?? "", country = Country?.Trim() ?? "", acronym = Acronym?.Trim() ?? "";
        if (vi.Length == 0 || en.Length == 0 || country.Length == 0 || vi.Length > 300 || en.Length > 300 || country.Length > 120 || acronym.Length > 40)
        {
            Error = strings["Admin.AgencyIncomplete"];
            return false;
        }
        agency.NameVi = vi.Normalize();
        agency.NameEn = en.Normalize();
        agency.Country = country.Normalize();
        agency.Acronym = acronym.Length == 0 ? null : acronym;
        return true;
    }

    async Task<IActionResult> RedrawAsync(int posted)
    {
        db.ChangeTracker.Clear();
        Posted = posted;
        await LoadAsync();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    async Task LoadAsync() =>
        Agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Country).ThenBy(a => a.NameEn)
            .Select(a => new AgencyRow(a.Id, a.NameVi, a.NameEn, a.Acronym, a.Country, a.Version)).ToListAsync(HttpContext.RequestAborted);
}

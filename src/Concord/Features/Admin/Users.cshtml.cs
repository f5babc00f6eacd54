using Concord.Data;
using Concord.Data.Accounts;
using Concord.Features.Accounts;
using Concord.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Concord.Features.Admin;

/// <summary><c>/admin/users</c> (admins): the accounts; add one, change a role or agency, disable or enable.</summary>
public sealed class UsersModel(RegisterDb db, IStringLocalizer<Strings> strings) : PageModel
{
    public sealed record UserRow(string UserName, Role Role, int? AgencyId, bool Disabled, long Version);

    public IReadOnlyList<UserRow> Users { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Agencies { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public int? AgencyId { get; set; }
    [BindProperty] public bool Disabled { get; set; }
    [BindProperty] public long Version { get; set; }

    public async Task OnGetAsync(string? saved)
    {
        if (saved is { Length: > 0 }) Message = strings["Admin.Saved", saved];
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        string name = UserName?.Trim() ?? "";
        var role = Roles.Parse(Role);
        if (name.Length == 0 || role is null || string.IsNullOrEmpty(Password)) Error = strings["Admin.UserIncomplete"];
        else if (await UserAccounts.AddAsync(db, name, Password, role.Value, AgencyId, HttpContext.RequestAborted) is { } refusal) Error = refusal;
        if (Error is null) return Redirect("/admin/users?saved=" + Uri.EscapeDataString(name));
        Password = null;
        return await RedrawAsync();
    }

    public async Task<IActionResult> OnPostSaveAsync(string name)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == name, HttpContext.RequestAborted);
        if (user is null) return NotFound();
        if (user.Version != Version) Error = strings["Admin.Stale", name];
        else if (Roles.Parse(Role) is not { } role) Error = strings["Admin.UserIncomplete"];
        else if (role == Data.Accounts.Role.AgencyEditor && AgencyId is null) Error = strings["Admin.EditorNeedsAgency"];
        else if (AgencyId is { } agency && !await db.Agencies.AnyAsync(a => a.Id == agency, HttpContext.RequestAborted)) Error = strings["Admin.UserIncomplete"];
        else
        {
            user.Role = role;
            user.AgencyId = AgencyId;
            user.Disabled = Disabled;
            try
            {
                await db.SaveChangesAsync(HttpContext.RequestAborted);
                return Redirect("/admin/users?saved=" + Uri.EscapeDataString(name));
            }
            catch (DbUpdateConcurrencyException)
            {
                Error = strings["Admin.Stale", name];
            }
        }
        return await RedrawAsync();
    }

    async Task<IActionResult> RedrawAsync()
    {
        db.ChangeTracker.Clear();
        await LoadAsync();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    async Task LoadAsync()
    {
        Users = await db.Users.AsNoTracking().OrderBy(u => u.UserName)
            .Select(u => new UserRow(u.UserName, u.Role, u.AgencyId, u.Disabled, u.Version)).ToListAsync(HttpContext.RequestAborted);
        Agencies = await AgencyNames.ListAsync(db, HttpContext.RequestAborted);
    }
}

using Concord.Data;
using Concord.Data.Accounts;
using Concord.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Accounts;

/// <summary><c>/api/users</c>, for admins: list, add, change role, agency or whether an account is disabled.</summary>
public static class UsersApi
{
    public sealed record UserView(int Id, string UserName, string DisplayName, Role Role, int? AgencyId, bool Disabled, DateTime CreatedAt, long Version);

    public sealed record NewUser(string? UserName, string? Password, string? Role, int? AgencyId);

    public sealed record UserPatch(string? Role, int? AgencyId, bool? Disabled, string? DisplayName);

    public static RouteGroupBuilder MapUsers(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users").RequireAuthorization(Policies.Admin);
        group.MapGet("/", ListAsync);
        group.MapPost("/", AddAsync);
        group.MapPatch("/{name}", PatchAsync);
        return group;
    }

    static async Task<Results<Ok<Page<UserView>>, ValidationProblem>> ListAsync(RegisterDb db, int? limit, int? offset)
    {
        var errors = new Errors();
        var paging = Paging.Read(limit, offset, errors);
        if (errors.Any) return errors.Problem();
        var query = db.Users.AsNoTracking().OrderBy(u => u.UserName);
        var items = await query.Skip(paging.Offset).Take(paging.Limit).Select(u => View(u)).ToListAsync();
        return TypedResults.Ok(paging.Of(items, await query.CountAsync()));
    }

    static async Task<Results<Created<UserView>, ValidationProblem>> AddAsync(NewUser body, RegisterDb db)
    {
        var errors = new Errors();
        string name = errors.Text("userName", body.UserName, 64);
        var role = Roles.Parse(body.Role);
        if (role is null) errors.Add("role", "role must be admin, coordinator, agency-editor or viewer.");
        if (string.IsNullOrEmpty(body.Password)) errors.Add("password", "password is required.");
        if (errors.Any) return errors.Problem();
        if (await UserAccounts.AddAsync(db, name, body.Password!, role!.Value, body.AgencyId) is { } refusal)
        {
            errors.Add(refusal.Contains("password", StringComparison.OrdinalIgnoreCase) ? "password" : "userName", refusal);
            return errors.Problem();
        }
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == name);
        return TypedResults.Created($"/api/users/{Uri.EscapeDataString(name)}", View(user));
    }

    static async Task<Results<Ok<UserView>, ValidationProblem, ProblemHttpResult>> PatchAsync(string name, UserPatch body, RegisterDb db, HttpContext http)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == name);
        if (user is null) return Problems.NotFound($"user '{name}'");
        if (ETags.Check(http, user.Version) is { } stale) return stale;
        var errors = new Errors();
        if (body.Role is not null)
        {
            if (Roles.Parse(body.Role) is { } role) user.Role = role;
            else errors.Add("role", "role must be admin, coordinator, agency-editor or viewer.");
        }
        if (body.AgencyId is { } agency)
        {
            if (await db.Agencies.AnyAsync(a => a.Id == agency)) user.AgencyId = agency;
            else errors.Add("agencyId", $"There is no agency {agency}.");
        }
        if (body.Disabled is { } disabled) user.Disabled = disabled;
        if (body.DisplayName is not null) user.DisplayName = errors.Text("displayName", body.DisplayName, 200, required: false);
        if (user.Role == Role.AgencyEditor && user.AgencyId is null) errors.Add("agencyId", "An agency editor needs an agency.");
        if (errors.Any) return errors.Problem();
        await db.SaveChangesAsync();
        ETags.Set(http, user.Version);
        return TypedResults.Ok(View(user));
    }

    static UserView View(User u) => new(u.Id, u.UserName, u.DisplayName, u.Role, u.AgencyId, u.Disabled, u.CreatedAt, u.Version);
}

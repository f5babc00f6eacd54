using Concord.Data;
using Concord.Data.Register;
using Concord.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Agencies;

/// <summary><c>/api/agencies</c>: ministries and agencies with names in Vietnamese and English. Reading is for
/// every reader; adding, changing and removing for coordinators.</summary>
public static class AgenciesApi
{
    public sealed record AgencyView(int Id, string NameVi, string NameEn, string? Acronym, string Country, int? ParentId, int Assignments, long Version);

    /// <summary>For a PATCH only the fields given change; <c>parentId</c> 0 removes the parent.</summary>
    public sealed record AgencyRequest(string? NameVi, string? NameEn, string? Acronym, string? Country, int? ParentId);

    public static RouteGroupBuilder MapAgencies(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/agencies").WithTags("Agencies").RequireAuthorization(Policies.Read);
        group.MapGet("/", ListAsync).CacheOutput(RegisterCache.Name);
        group.MapGet("/{id:int}", ReadAsync);
        group.MapPost("/", AddAsync).RequireAuthorization(Policies.Coordinate);
        group.MapPatch("/{id:int}", PatchAsync).RequireAuthorization(Policies.Coordinate);
        group.MapDelete("/{id:int}", DeleteAsync).RequireAuthorization(Policies.Coordinate);
        return group;
    }

    static async Task<Results<Ok<Page<AgencyView>>, ValidationProblem>> ListAsync(RegisterDb db, string? country, string? q, int? limit, int? offset)
    {
        var errors = new Errors();
        var paging = Paging.Read(limit, offset, errors);
        if (q is { Length: > 200 }) errors.Add("q", "q may have at most 200 characters.");
        if (errors.Any) return errors.Problem();
        var query = db.Agencies.AsNoTracking();
        if (country is not null) query = query.Where(a => a.Country == country);
        if (!string.IsNullOrWhiteSpace(q))
        {
            string needle = q.Trim().ToLowerInvariant();
            query = query.Where(a => a.NameEn.ToLower().Contains(needle) || a.NameVi.ToLower().Contains(needle) || (a.Acronym != null && a.Acronym.ToLower().Contains(needle)));
        }
        int total = await query.CountAsync();
        var page = await Project(db, query.OrderBy(a => a.NameEn).ThenBy(a => a.Id).Skip(paging.Offset).Take(paging.Limit)).ToListAsync();
        return TypedResults.Ok(paging.Of(page, total));
    }

    static async Task<Results<Ok<AgencyView>, ProblemHttpResult>> ReadAsync(int id, RegisterDb db, HttpContext http)
    {
        var view = await Project(db, db.Agencies.AsNoTracking().Where(a => a.Id == id)).SingleOrDefaultAsync();
        if (view is null) return Problems.NotFound($"agency {id}");
        ETags.Set(http, view.Version);
        return TypedResults.Ok(view);
    }

    static async Task<Results<Created<AgencyView>, ValidationProblem>> AddAsync(AgencyRequest body, RegisterDb db, HttpContext http)
    {
        var errors = new Errors();
        var agency = new Agency { NameVi = "", NameEn = "", Country = "" };
        await ApplyAsync(db, agency, body, errors, creating: true);
        if (errors.Any) return errors.Problem();
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        ETags.Set(http, agency.Version);
        return TypedResults.Created($"/api/agencies/{agency.Id}", View(agency, 0));
    }

    static async Task<Results<Ok<AgencyView>, ValidationProblem, ProblemHttpResult>> PatchAsync(int id, AgencyRequest body, RegisterDb db, HttpContext http)
    {
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Id == id);
        if (agency is null) return Problems.NotFound($"agency {id}");
        if (ETags.Check(http, agency.Version) is { } stale) return stale;
        var errors = new Errors();
        await ApplyAsync(db, agency, body, errors, creating: false);
        if (errors.Any) return errors.Problem();
        await db.SaveChangesAsync();
        ETags.Set(http, agency.Version);
        return TypedResults.Ok(View(agency, await db.CommitmentAgencies.CountAsync(a => a.AgencyId == id)));
    }

    static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(int id, RegisterDb db, HttpContext http)
    {
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Id == id);
        if (agency is null) return Problems.NotFound($"agency {id}");
        if (ETags.Check(http, agency.Version) is { } stale) return stale;
        int assigned = await db.CommitmentAgencies.CountAsync(a => a.AgencyId == id);
        if (assigned > 0) return Problems.Conflict($"The agency is assigned to {assigned} commitment(s); assign them elsewhere before removing it.");
        if (await db.Agencies.AnyAsync(a => a.ParentId == id)) return Problems.Conflict("Other agencies have this one as their parent; change them first.");
        db.Agencies.Remove(agency);
        await db.SaveChangesAsync();
        return TypedResults.NoContent();
    }

    static async Task ApplyAsync(RegisterDb db, Agency agency, AgencyRequest body, Errors errors, bool creating)
    {
        if (creating || body.NameVi is not null) agency.NameVi = errors.Text("nameVi", body.NameVi, 300);
        if (creating || body.NameEn is not null) agency.NameEn = errors.Text("nameEn", body.NameEn, 300);
        if (creating || body.Country is not null) agency.Country = errors.Text("country", body.Country, 120);
        if (body.Acronym is not null) agency.Acronym = body.Acronym.Length == 0 ? null : errors.Text("acronym", body.Acronym, 40);
        if (body.ParentId is 0) agency.ParentId = null;
        else if (body.ParentId is { } parent)
        {
            if (parent == agency.Id) errors.Add("parentId", "An agency cannot be its own parent.");
            else if (!await db.Agencies.AnyAsync(a => a.Id == parent)) errors.Add("parentId", $"There is no agency {parent}.");
            else agency.ParentId = parent;
        }
    }

    static IQueryable<AgencyView> Project(RegisterDb db, IQueryable<Agency> agencies) =>
        agencies.Select(a => new AgencyView(a.Id, a.NameVi, a.NameEn, a.Acronym, a.Country, a.ParentId,
            db.CommitmentAgencies.Count(x => x.AgencyId == a.Id), a.Version));

    static AgencyView View(Agency a, int assignments) => new(a.Id, a.NameVi, a.NameEn, a.Acronym, a.Country, a.ParentId, assignments, a.Version);
}

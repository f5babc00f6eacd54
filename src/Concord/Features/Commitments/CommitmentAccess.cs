using System.Security.Claims;
using Concord.Data;
using Concord.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Commitments;

/// <summary>Who may change a commitment (and what hangs from it: updates, evidence, targets' measurements):
/// coordinators and admins always; an agency editor when their agency is assigned to it.</summary>
public static class CommitmentAccess
{
    /// <summary>Null when allowed; else the 403 to answer.</summary>
    public static async Task<ProblemHttpResult?> CheckAsync(RegisterDb db, ClaimsPrincipal user, int commitmentId)
    {
        if (user.Coordinates()) return null;
        if (user.Role() == Data.Accounts.Role.AgencyEditor && user.AgencyId() is { } agency
            && await db.CommitmentAgencies.AnyAsync(a => a.CommitmentId == commitmentId && a.AgencyId == agency))
            return null;
        return Problems.Forbidden($"Your agency is not assigned to commitment {commitmentId}: only its agencies' editors, coordinators and admins may change it.");
    }

    /// <summary>Changes that reshape the register (assignments, split, merge, not-a-commitment) are for coordinators.</summary>
    public static ProblemHttpResult? CoordinatorOnly(ClaimsPrincipal user, string what) =>
        user.Coordinates() ? null : Problems.Forbidden($"Only coordinators and admins may {what}.");

    /// <summary>Marks the record changed so that its Version moves even when only its children changed.</summary>
    public static void Touch<T>(RegisterDb db, T entity) where T : class
    {
        var entry = db.Entry(entity);
        if (entry.State == EntityState.Unchanged) entry.Property("Version").IsModified = true;
    }
}

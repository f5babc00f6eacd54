using System.Globalization;
using Concord.Data;
using Concord.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Statements;

/// <summary>The commitments of a statement as the chips of its items: deadline, targets, agencies, status.</summary>
public static class Chips
{
    public static async Task<IReadOnlyList<(int ItemId, StatementPage.Chip Chip)>> ForStatementAsync(RegisterDb db, int statementId, CancellationToken ct)
    {
        var rows = await db.Commitments.AsNoTracking().Where(c => c.StatementId == statementId && c.IsCommitment)
            .OrderBy(c => c.ItemId).ThenBy(c => c.Ordinal)
            .Select(c => new { c.Id, c.ItemId, c.Text, c.Status, c.DeadlineEnd, c.DeadlineText }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        bool vietnamese = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi";
        var agencies = (await db.CommitmentAgencies.AsNoTracking().Where(a => ids.Contains(a.CommitmentId))
            .OrderBy(a => a.Role).ThenBy(a => a.Id)
            .Select(a => new { a.CommitmentId, a.AgencyId, a.Agency.Acronym, a.Agency.NameVi, a.Agency.NameEn }).ToListAsync(ct))
            .ToLookup(a => a.CommitmentId, a => (a.AgencyId, a.Acronym ?? (vietnamese ? a.NameVi : a.NameEn)));
        var targets = (await db.Targets.AsNoTracking().Where(t => ids.Contains(t.CommitmentId)).OrderBy(t => t.Id)
            .Select(t => new { t.CommitmentId, t.Value, t.Unit, t.Per }).ToListAsync(ct))
            .ToLookup(t => t.CommitmentId, t => Format.Number(t.Value) + " " + t.Unit + (t.Per is { } per ? " / " + per : ""));
        return rows.Select(r => (r.ItemId, new StatementPage.Chip(r.Id, r.Text, r.Status, r.DeadlineEnd, r.DeadlineText,
            agencies[r.Id].ToList(), targets[r.Id].ToList()))).ToList();
    }
}

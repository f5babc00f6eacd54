using Concord.Data;
using Concord.Data.Register;
using Concord.Data.Tracking;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Home;

/// <summary>Reads the dashboards of a page of statements with one query per part, whatever the number of statements.</summary>
public static class DashboardLoader
{
    public const int DueWindowDays = 90;
    const int ListLength = 10;

    public sealed record StatementHead(int Id, string Key, string Title, DateOnly? Date, string PartyA, string PartyB);

    public static async Task<IReadOnlyList<Dashboard>> LoadAsync(RegisterDb db, IReadOnlyList<StatementHead> statements, CancellationToken ct)
    {
        var ids = statements.Select(s => s.Id).ToList();
        var today = Deadlines.Today(db.Clock);
        var commitments = await db.Commitments.AsNoTracking().Where(c => ids.Contains(c.StatementId) && c.IsCommitment)
            .Select(c => new { c.Id, c.StatementId, c.Text, c.Status, c.DeadlineEnd, c.Item.Pillar, c.Item.Ordinal }).ToListAsync(ct);
        var byStatement = commitments.ToLookup(c => c.StatementId);
        var commitmentIds = commitments.Select(c => c.Id).ToList();

        var targets = await db.Targets.AsNoTracking().Where(t => commitmentIds.Contains(t.CommitmentId)).Include(t => t.Measurements).ToListAsync(ct);
        var statementOf = commitments.ToDictionary(c => c.Id, c => c.StatementId);
        var targetRows = targets.ToLookup(t => statementOf[t.CommitmentId], t => new Dashboard.TargetRow(t.CommitmentId, t.Metric, t.Comparator, t.Value, t.Unit,
            t.DueDate, TargetPace.Compute(t, t.Measurements, today)));

        var mentions = await db.Mentions.AsNoTracking().Where(m => m.MechanismId != null)
            .Join(db.Items.Where(i => ids.Contains(i.StatementId)), m => m.ItemId, i => i.Id, (m, i) => new { Mechanism = m.MechanismId!.Value, i.StatementId })
            .Distinct().ToListAsync(ct);
        var mechanismIds = mentions.Select(m => m.Mechanism).Distinct().ToList();
        var mechanisms = await db.Mechanisms.AsNoTracking().Where(m => mechanismIds.Contains(m.Id)).Include(m => m.Meetings).ToListAsync(ct);
        var dates = statements.ToDictionary(s => s.Id, s => s.Date);
        var lapsed = mentions.Select(m => (m.StatementId, Mechanism: mechanisms.Single(x => x.Id == m.Mechanism)))
            .Select(p => (p.StatementId, Row: new Dashboard.MechanismRow(p.Mechanism.Id, p.Mechanism.Name, p.Mechanism.CadenceMonths,
                MechanismCadence.Evaluate(p.Mechanism, p.Mechanism.Meetings, dates[p.StatementId], today))))
            .Where(p => p.Row.Cadence.Lapsed).ToLookup(p => p.StatementId, p => p.Row);

        var texts = commitments.ToDictionary(c => c.Id, c => c.Text);
        var updates = (await db.Updates.AsNoTracking().Where(u => commitmentIds.Contains(u.CommitmentId))
                .Select(u => new { u.Id, u.CommitmentId, u.Date, u.Author, u.StatusAfter }).ToListAsync(ct))
            .GroupBy(u => statementOf[u.CommitmentId])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(u => u.Date).ThenByDescending(u => u.Id).Take(5)
                .Select(u => new Dashboard.UpdateRow(u.CommitmentId, texts[u.CommitmentId], u.Date, u.Author, u.StatusAfter)).ToList());

        return statements.Select(s =>
        {
            var mine = byStatement[s.Id].ToList();
            var pillars = mine.GroupBy(c => c.Pillar, StringComparer.Ordinal).OrderBy(g => g.Min(c => c.Ordinal))
                .Select(g => new Dashboard.PillarRow(g.Key, g.GroupBy(c => c.Status).ToDictionary(x => x.Key, x => x.Count()))).ToList();
            var dated = mine.Where(c => c.DeadlineEnd is not null)
                .Select(c => (c, State: Deadlines.Evaluate(c.DeadlineEnd, c.Status, today, DueWindowDays))).ToList();
            var overdue = dated.Where(d => d.State == DeadlineState.Overdue).OrderBy(d => d.c.DeadlineEnd).Take(ListLength)
                .Select(d => new Dashboard.DeadlineRow(d.c.Id, d.c.Text, d.c.DeadlineEnd!.Value, d.c.Status)).ToList();
            var soon = dated.Where(d => d.State == DeadlineState.DueSoon).OrderBy(d => d.c.DeadlineEnd).Take(ListLength)
                .Select(d => new Dashboard.DeadlineRow(d.c.Id, d.c.Text, d.c.DeadlineEnd!.Value, d.c.Status)).ToList();
            return new Dashboard(s.Key, s.Title, s.Date, s.PartyA, s.PartyB, pillars, overdue, soon,
                targetRows[s.Id].Take(ListLength).ToList(), lapsed[s.Id].ToList(), updates.GetValueOrDefault(s.Id, []));
        }).ToList();
    }
}

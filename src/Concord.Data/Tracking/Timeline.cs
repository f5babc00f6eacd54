using Concord.Data.Register;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Tracking;

/// <summary>The deadlines and events of one statement or of all, filtered, as rows for a Gantt-like view: the
/// filtering, ordering and limit in the database, the names of the rows' page after.</summary>
public static class Timeline
{
    /// <summary>Null when <see cref="TimelineFilter.Statement"/> names no statement.</summary>
    public static async Task<TimelineResult?> LoadAsync(RegisterDb db, TimelineFilter filter, string language, int dueSoonDays = Deadlines.DefaultDueSoonDays,
        CancellationToken cancellationToken = default)
    {
        var today = Deadlines.Today(db.Clock);
        int limit = Math.Clamp(filter.Limit, 1, TimelineFilter.MaxLimit);
        int? statementId = null;
        if (filter.Statement is not null)
        {
            statementId = await db.Statements.Where(s => s.Key == filter.Statement).Select(s => (int?)s.Id).SingleOrDefaultAsync(cancellationToken);
            if (statementId is null) return null;
        }

        var query = db.Commitments.AsNoTracking().Where(c => c.IsCommitment);
        if (statementId is { } sid) query = query.Where(c => c.StatementId == sid);
        if (filter.Pillar is { } pillar) query = query.Where(c => c.Item.Pillar == pillar);
        if (filter.Agency is { } agency) query = query.Where(c => c.Agencies.Any(a => a.AgencyId == agency));
        if (filter.Statuses is { Count: > 0 } statuses) query = query.Where(c => statuses.Contains(c.Status));
        int undated = await query.CountAsync(c => c.DeadlineEnd == null && c.DeadlineStart == null, cancellationToken);
        var dated = query.Where(c => c.DeadlineEnd != null || c.DeadlineStart != null);
        int total = await dated.CountAsync(cancellationToken);
        var page = await dated.OrderBy(c => c.DeadlineEnd ?? c.DeadlineStart).ThenBy(c => c.StatementId).ThenBy(c => c.Item.Ordinal).ThenBy(c => c.Ordinal)
            .Take(limit)
            .Select(c => new
            {
                c.Id, c.Text, c.Origin, c.Status, c.DeadlineStart, c.DeadlineEnd, c.DeadlineText,
                c.Statement.Key, c.Statement.Title, StatementDate = c.Statement.Date, c.Item.Path, c.Item.Pillar,
            })
            .ToListAsync(cancellationToken);

        var ids = page.Select(c => c.Id).ToList();
        var sources = (await db.CommitmentSources.AsNoTracking()
            .Where(s => ids.Contains(s.CommitmentId) && db.Versions.Any(v => v.Id == s.VersionId && v.Language == language))
            .Select(s => new { s.CommitmentId, s.SpanStart, s.Text }).ToListAsync(cancellationToken))
            .ToLookup(s => s.CommitmentId);
        var agencies = (await db.CommitmentAgencies.AsNoTracking().Where(a => ids.Contains(a.CommitmentId))
            .OrderBy(a => a.Id)
            .Select(a => new { a.CommitmentId, a.AgencyId, a.Role, a.Agency.NameVi, a.Agency.NameEn }).ToListAsync(cancellationToken))
            .ToLookup(a => a.CommitmentId);

        var rows = new List<TimelineRow>(page.Count);
        foreach (var c in page)
        {
            var end = (c.DeadlineEnd ?? c.DeadlineStart)!.Value;
            var window = c.DeadlineStart is { } first && first <= end ? first : end;
            var start = c.StatementDate is { } signed && signed <= window ? signed : window;
            var own = sources[c.Id].OrderBy(s => s.SpanStart).Select(s => s.Text).ToList();
            string label = c.Origin != "edited" && own.Count > 0 ? string.Join(" ", own) : c.Text;
            var assigned = agencies[c.Id].ToList();
            rows.Add(new TimelineRow(TimelineKind.Deadline, c.Id, c.Key, c.Title, c.Path, c.Pillar, label, start, window, end, c.DeadlineText,
                c.Status, Deadlines.Evaluate(c.DeadlineEnd ?? c.DeadlineStart, c.Status, today, dueSoonDays),
                [.. assigned.Select(a => a.AgencyId).Distinct()],
                [.. assigned.Where(a => a.Role == "lead").Select(a => language == "vi" ? a.NameVi : a.NameEn)]));
        }

        if (filter.Agency is null && filter.Statuses is not { Count: > 0 })
            rows.AddRange(await EventsAsync(db, statementId, filter.Pillar, limit, cancellationToken));
        rows.Sort((a, b) => a.End.CompareTo(b.End) is var byEnd and not 0 ? byEnd : a.Kind.CompareTo(b.Kind));
        return new TimelineResult(rows, total, undated, today);
    }

    static async Task<List<TimelineRow>> EventsAsync(RegisterDb db, int? statementId, string? pillar, int limit, CancellationToken cancellationToken)
    {
        var mentions = db.Mentions.AsNoTracking().Where(m => m.InitiativeId != null)
            .Join(db.Items, m => m.ItemId, i => i.Id, (m, i) => new { Initiative = m.InitiativeId!.Value, i.StatementId, i.Pillar, i.Path, i.Ordinal });
        if (statementId is { } sid) mentions = mentions.Where(m => m.StatementId == sid);
        if (pillar is not null) mentions = mentions.Where(m => m.Pillar == pillar);
        var found = await mentions
            .Join(db.Initiatives.Where(i => i.Kind == "event" && i.Date != null), m => m.Initiative, i => i.Id,
                (m, i) => new { i.Id, i.Name, i.OtherName, Date = i.Date!.Value, m.StatementId, m.Path, m.Pillar, m.Ordinal })
            .Join(db.Statements, x => x.StatementId, s => s.Id, (x, s) => new { x, s.Key, s.Title })
            .OrderBy(r => r.x.Date).Take(limit)
            .ToListAsync(cancellationToken);
        // An event named in several items of a statement is one row, at its first mention.
        return [.. found.GroupBy(r => (r.x.Id, r.Key)).Select(g => g.OrderBy(r => r.x.Ordinal).First())
            .Select(r => new TimelineRow(TimelineKind.Event, r.x.Id, r.Key, r.Title, r.x.Path, r.x.Pillar,
                r.x.OtherName is { } other ? $"{r.x.Name} ({other})" : r.x.Name, r.x.Date, r.x.Date, r.x.Date, "", null, DeadlineState.None, [], []))];
    }
}

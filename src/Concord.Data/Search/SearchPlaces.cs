using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Search;

/// <summary>Where each hit of a page belongs: its statement's key, its item's path and its commitment, read in
/// one query per kind for the whole page.</summary>
internal sealed class SearchPlaces
{
    readonly Dictionary<int, string> statements = [];
    readonly Dictionary<(string Kind, int RefId), (string? ItemPath, int? CommitmentId)> places = [];

    public (string StatementKey, string? ItemPath, int? CommitmentId) Of(SearchRow row)
    {
        var (path, commitment) = places.GetValueOrDefault((row.Kind, row.RefId));
        return (statements.GetValueOrDefault(row.StatementId, ""), path, commitment);
    }

    public static async Task<SearchPlaces> FindAsync(RegisterDb db, IReadOnlyList<SearchRow> rows, CancellationToken cancellationToken)
    {
        var found = new SearchPlaces();
        if (rows.Count == 0) return found;
        var statementIds = rows.Select(r => r.StatementId).Distinct().ToList();
        foreach (var s in await db.Statements.Where(s => statementIds.Contains(s.Id)).Select(s => new { s.Id, s.Key }).ToListAsync(cancellationToken))
            found.statements[s.Id] = s.Key;

        var items = Ids(rows, SearchKinds.Item);
        if (items.Count > 0)
        {
            foreach (var t in await db.ItemTexts.Where(t => items.Contains(t.Id)).Select(t => new { t.Id, t.Item.Path }).ToListAsync(cancellationToken))
                found.places[(SearchKinds.Item, t.Id)] = (t.Path, null);
        }
        var commitments = Ids(rows, SearchKinds.Commitment);
        if (commitments.Count > 0)
        {
            foreach (var c in await db.Commitments.Where(c => commitments.Contains(c.Id)).Select(c => new { c.Id, c.Item.Path }).ToListAsync(cancellationToken))
                found.places[(SearchKinds.Commitment, c.Id)] = (c.Path, c.Id);
        }
        var updates = Ids(rows, SearchKinds.Update);
        if (updates.Count > 0)
        {
            var query = from u in db.Updates
                        where updates.Contains(u.Id)
                        join c in db.Commitments on u.CommitmentId equals c.Id
                        select new { u.Id, c.Item.Path, CommitmentId = c.Id };
            foreach (var u in await query.ToListAsync(cancellationToken))
                found.places[(SearchKinds.Update, u.Id)] = (u.Path, u.CommitmentId);
        }
        var evidence = Ids(rows, SearchKinds.Evidence);
        if (evidence.Count > 0)
        {
            var query = from e in db.Evidence
                        where evidence.Contains(e.Id)
                        join u in db.Updates on e.UpdateId equals u.Id
                        join c in db.Commitments on u.CommitmentId equals c.Id
                        select new { e.Id, c.Item.Path, CommitmentId = c.Id };
            foreach (var e in await query.ToListAsync(cancellationToken))
                found.places[(SearchKinds.Evidence, e.Id)] = (e.Path, e.CommitmentId);
        }
        return found;
    }

    static List<int> Ids(IReadOnlyList<SearchRow> rows, string kind) =>
        rows.Where(r => r.Kind == kind).Select(r => r.RefId).ToList();
}

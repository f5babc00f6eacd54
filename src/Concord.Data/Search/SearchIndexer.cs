using Concord.Data.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Concord.Data.Search;

/// <summary>Keeps <see cref="SearchEntry"/> rows in step with the records they index, inside the save that
/// changes those records: <see cref="Capture"/> notes what the save is about to add, reword or delete, and
/// <see cref="ApplyAsync"/>, run after the records are written (added ones have their keys then), adds or
/// updates their entries and deletes the entries left without a record — also those of records the database
/// deleted by cascade, which the change tracker never saw.</summary>
internal sealed class SearchIndexer
{
    readonly List<(string Kind, EntityEntry Entry)> written = [];
    readonly List<(string Kind, int Id)> deleted = [];
    readonly HashSet<int> statements = [];

    public bool IsEmpty => written.Count == 0 && deleted.Count == 0 && statements.Count == 0;

    public static SearchIndexer Capture(ChangeTracker tracker)
    {
        var indexer = new SearchIndexer();
        foreach (var entry in tracker.Entries())
        {
            string? kind = KindOf(entry.Entity);
            switch (entry.State)
            {
                case EntityState.Added when kind is not null:
                    indexer.written.Add((kind, entry));
                    break;
                case EntityState.Modified when kind is not null && IndexedPropertyModified(kind, entry):
                    indexer.written.Add((kind, entry));
                    break;
                case EntityState.Deleted:
                    if (kind is not null) indexer.deleted.Add((kind, (int)entry.Property("Id").OriginalValue!));
                    // Deleting these cascades in the database to records whose entries must go too.
                    if (entry.Entity is Statement s) indexer.statements.Add(s.Id);
                    else if (entry.Entity is StatementVersion or Item or Commitment or Article)
                        indexer.statements.Add((int)entry.Property("StatementId").OriginalValue!);
                    break;
            }
        }
        return indexer;
    }

    public async Task ApplyAsync(RegisterDb db, CancellationToken cancellationToken)
    {
        if (deleted.Count > 0 || statements.Count > 0)
            await RemoveOrphansAsync(db, cancellationToken);
        foreach (var group in written.GroupBy(w => w.Kind))
        {
            var ids = group.Select(w => (int)w.Entry.Property("Id").CurrentValue!).Distinct().ToList();
            var sources = await SearchSources.ReadAsync(db, group.Key, ids, cancellationToken);
            var existing = await db.SearchEntries.Where(e => e.Kind == group.Key && ids.Contains(e.RefId))
                .ToDictionaryAsync(e => e.RefId, cancellationToken);
            foreach (var source in sources)
            {
                if (existing.TryGetValue(source.RefId, out var entry)) source.CopyTo(entry);
                else db.SearchEntries.Add(source.ToEntry());
            }
        }
    }

    async Task RemoveOrphansAsync(RegisterDb db, CancellationToken cancellationToken)
    {
        foreach (var group in deleted.GroupBy(d => d.Kind))
        {
            var ids = group.Select(d => d.Id).ToList();
            statements.UnionWith(await db.SearchEntries.Where(e => e.Kind == group.Key && ids.Contains(e.RefId))
                .Select(e => e.StatementId).Distinct().ToListAsync(cancellationToken));
        }
        var within = statements.ToList();
        await db.SearchEntries
            .Where(e => within.Contains(e.StatementId)
                && ((e.Kind == SearchKinds.Item && !db.ItemTexts.Any(t => t.Id == e.RefId))
                    || (e.Kind == SearchKinds.Commitment && !db.Commitments.Any(c => c.Id == e.RefId))
                    || (e.Kind == SearchKinds.Update && !db.Updates.Any(u => u.Id == e.RefId))
                    || (e.Kind == SearchKinds.Evidence && !db.Evidence.Any(v => v.Id == e.RefId))
                    || (e.Kind == SearchKinds.Article && !db.Articles.Any(a => a.Id == e.RefId))))
            .ExecuteDeleteAsync(cancellationToken);
    }

    static string? KindOf(object entity) => entity switch
    {
        ItemText => SearchKinds.Item,
        Commitment => SearchKinds.Commitment,
        ProgressUpdate => SearchKinds.Update,
        Evidence => SearchKinds.Evidence,
        Article => SearchKinds.Article,
        _ => null,
    };

    // A status change is the common edit and leaves the text alone: only these send a record to the index again.
    static bool IndexedPropertyModified(string kind, EntityEntry entry) => kind switch
    {
        SearchKinds.Item => entry.Property(nameof(ItemText.Text)).IsModified || entry.Property(nameof(ItemText.ItemId)).IsModified
            || entry.Property(nameof(ItemText.VersionId)).IsModified,
        SearchKinds.Commitment => entry.Property(nameof(Commitment.Text)).IsModified || entry.Property(nameof(Commitment.StatementId)).IsModified,
        SearchKinds.Update => entry.Property(nameof(ProgressUpdate.Text)).IsModified || entry.Property(nameof(ProgressUpdate.CommitmentId)).IsModified,
        SearchKinds.Article => entry.Property(nameof(Article.Title)).IsModified || entry.Property(nameof(Article.Text)).IsModified
            || entry.Property(nameof(Article.StatementId)).IsModified,
        _ => entry.Property(nameof(Evidence.Title)).IsModified || entry.Property(nameof(Evidence.Url)).IsModified
            || entry.Property(nameof(Evidence.UpdateId)).IsModified,
    };
}

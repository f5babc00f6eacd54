using Concord.Data.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Concord.Data.History;

/// <summary>Finds the statement and the commitment a changed record belongs to, so that every change of a
/// statement's parts (an item's text, an agency assigned, a measurement, a piece of evidence) can be read by the
/// statement's or the commitment's key alone, at any size of history. The owners are taken from the tracked records
/// before the save (records deleted by it are detached after) and again after it (added records have their keys
/// only then); others are read from the database once.</summary>
internal sealed class ChangeOwners(RegisterDb db)
{
    readonly Dictionary<int, int?> itemStatement = [];
    readonly Dictionary<int, (int? Statement, int? Commitment)> commitment = [];
    readonly Dictionary<int, int?> targetCommitment = [];
    readonly Dictionary<int, int?> updateCommitment = [];

    public void Index()
    {
        foreach (var c in db.ChangeTracker.Entries<Commitment>()) commitment[c.Entity.Id] = (c.Entity.StatementId, c.Entity.Id);
        foreach (var i in db.ChangeTracker.Entries<Item>()) itemStatement[i.Entity.Id] = i.Entity.StatementId;
        foreach (var t in db.ChangeTracker.Entries<Target>()) targetCommitment[t.Entity.Id] = t.Entity.CommitmentId;
        foreach (var u in db.ChangeTracker.Entries<ProgressUpdate>()) updateCommitment[u.Entity.Id] = u.Entity.CommitmentId;
    }

    public async Task<(int? Statement, int? Commitment)> OfAsync(EntityEntry entry, CancellationToken ct)
    {
        switch (entry.Entity)
        {
            case Statement s: return (s.Id, null);
            case Commitment c: return (c.StatementId, c.Id);
            case Measurement m: return await OfCommitmentAsync(await TargetAsync(m.TargetId, ct), ct);
            case Evidence e: return await OfCommitmentAsync(await UpdateAsync(e.UpdateId, ct), ct);
        }
        if (Int(entry, "CommitmentId") is { } owner) return await OfCommitmentAsync(owner, ct);
        if (Int(entry, "StatementId") is { } statement) return (statement, null);
        if (Int(entry, "ItemId") is { } item) return (await ItemAsync(item, ct), null);
        return (null, null);
    }

    static int? Int(EntityEntry entry, string property) =>
        entry.Metadata.FindProperty(property) is null ? null : (int?)entry.Property(property).CurrentValue;

    async Task<(int? Statement, int? Commitment)> OfCommitmentAsync(int? id, CancellationToken ct)
    {
        if (id is not { } key) return (null, null);
        if (!commitment.TryGetValue(key, out var found))
        {
            int? statement = await db.Commitments.AsNoTracking().Where(c => c.Id == key).Select(c => (int?)c.StatementId).FirstOrDefaultAsync(ct);
            commitment[key] = found = (statement, key);
        }
        return found;
    }

    async Task<int?> ItemAsync(int id, CancellationToken ct) =>
        itemStatement.TryGetValue(id, out var found) ? found : itemStatement[id] =
            await db.Items.AsNoTracking().Where(i => i.Id == id).Select(i => (int?)i.StatementId).FirstOrDefaultAsync(ct);

    async Task<int?> TargetAsync(int id, CancellationToken ct) =>
        targetCommitment.TryGetValue(id, out var found) ? found : targetCommitment[id] =
            await db.Targets.AsNoTracking().Where(t => t.Id == id).Select(t => (int?)t.CommitmentId).FirstOrDefaultAsync(ct);

    async Task<int?> UpdateAsync(int id, CancellationToken ct) =>
        updateCommitment.TryGetValue(id, out var found) ? found : updateCommitment[id] =
            await db.Updates.AsNoTracking().Where(u => u.Id == id).Select(u => (int?)u.CommitmentId).FirstOrDefaultAsync(ct);
}

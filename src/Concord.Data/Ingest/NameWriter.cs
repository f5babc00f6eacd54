using Concord.Data.Register;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Ingest;

/// <summary>Mechanisms and initiatives are shared by every statement that names them: one record per name (per
/// kind for initiatives), created the first time, given its other-language name and cadence when it has none yet.
/// Mentions link each item's version to them; only those ingest made (no agency) are brought up to date.</summary>
internal static class NameWriter
{
    public static async Task<Dictionary<(string Kind, string Name), NamedRecord>> ResolveAsync(RegisterDb db, PlannedStatement plan, CancellationToken cancellationToken)
    {
        var mentions = plan.Items.SelectMany(i => i.Mentions).ToList();
        var names = mentions.Select(m => m.Name).Distinct(StringComparer.Ordinal).ToList();
        var mechanisms = await db.Mechanisms.Where(m => names.Contains(m.Name)).ToListAsync(cancellationToken);
        var initiatives = await db.Initiatives.Where(i => names.Contains(i.Name)).ToListAsync(cancellationToken);
        var records = new Dictionary<(string, string), NamedRecord>();
        foreach (var group in mentions.GroupBy(m => (m.Kind, m.Name)))
        {
            var other = group.Select(m => m.OtherName).FirstOrDefault(o => o is not null);
            var cadence = group.Select(m => m.CadenceMonths).FirstOrDefault(c => c is not null);
            if (group.Key.Kind == "mechanism")
            {
                var mechanism = mechanisms.FirstOrDefault(m => m.Name == group.Key.Name);
                if (mechanism is null)
                {
                    mechanism = new Mechanism { Name = group.Key.Name };
                    db.Mechanisms.Add(mechanism);
                    mechanisms.Add(mechanism);
                }
                if (mechanism.OtherName is null && other is not null) mechanism.OtherName = other;
                if (mechanism.CadenceMonths is null && cadence is not null) mechanism.CadenceMonths = cadence;
                records[group.Key] = new NamedRecord(mechanism, null);
                continue;
            }
            var initiative = initiatives.FirstOrDefault(i => i.Kind == group.Key.Kind && i.Name == group.Key.Name);
            if (initiative is null)
            {
                initiative = new Initiative { Kind = group.Key.Kind, Name = group.Key.Name };
                db.Initiatives.Add(initiative);
                initiatives.Add(initiative);
            }
            if (initiative.OtherName is null && other is not null) initiative.OtherName = other;
            records[group.Key] = new NamedRecord(null, initiative);
        }
        return records;
    }

    public static void SyncMentions(RegisterDb db, PlannedStatement plan, List<Item> items, StatementVersion[] versions,
        Dictionary<(string Kind, string Name), NamedRecord> records, List<Mention> stored)
    {
        var existing = stored.Where(m => m.AgencyId is null && db.Entry(m).State != EntityState.Detached && db.Entry(m).State != EntityState.Deleted)
            .GroupBy(Key).ToDictionary(g => g.Key, g => new Queue<Mention>(g));
        for (int n = 0; n < plan.Items.Count; n++)
        {
            foreach (var p in plan.Items[n].Mentions)
            {
                var record = records[(p.Kind, p.Name)];
                var mention = new Mention
                {
                    ItemId = items[n].Id, VersionId = versions[p.Version].Id, SpanStart = p.Span.Start, SpanEnd = p.Span.End,
                    Text = p.Text, MechanismId = record.Mechanism?.Id, InitiativeId = record.Initiative?.Id,
                };
                if (existing.TryGetValue(Key(mention), out var same) && same.Count > 0)
                    same.Dequeue();
                else
                    db.Mentions.Add(mention);
            }
        }
        foreach (var stale in existing.Values.SelectMany(q => q))
            db.Mentions.Remove(stale);
    }

    static (int, int, int, int, string, int?, int?) Key(Mention m) =>
        (m.ItemId, m.VersionId, m.SpanStart, m.SpanEnd, m.Text, m.MechanismId, m.InitiativeId);
}

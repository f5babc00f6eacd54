using Concord.Data.Register;

namespace Concord.Data.Ingest;

/// <summary>Items by path: a planned item the register has is updated in place (its texts by version, its issues
/// as a whole), a new one is added. Returns the items in planned order; those left over are the caller's to remove.</summary>
internal sealed class ItemWriter(RegisterDb db, Statement statement, StatementVersion[] versions, StatementReport report)
{
    public List<Item> Write(PlannedStatement plan, RegisterState stored)
    {
        var byPath = stored.Items.ToDictionary(i => i.Path, StringComparer.Ordinal);
        var items = new List<Item>(plan.Items.Count);
        for (int n = 0; n < plan.Items.Count; n++)
        {
            var planned = plan.Items[n];
            if (!byPath.Remove(planned.Path, out var item))
            {
                item = new Item { Statement = statement, Path = planned.Path, Pillar = planned.Pillar, Kind = planned.Kind, Ordinal = n };
                db.Items.Add(item);
                report.ItemsAdded.Add(planned.Path);
            }
            // A new item before it moves an item down: not a change of the item.
            if (item.Ordinal != n) item.Ordinal = n;
            bool changed = false;
            if (item.Pillar != planned.Pillar) { item.Pillar = planned.Pillar; changed = true; }
            if (item.Kind != planned.Kind) { item.Kind = planned.Kind; changed = true; }
            changed |= Texts(item, planned);
            changed |= Issues(item, planned);
            if (changed && item.Id != 0) report.ItemsChanged.Add(planned.Path);
            items.Add(item);
        }
        return items;
    }

    bool Texts(Item item, PlannedItem planned)
    {
        bool changed = false;
        var keep = new HashSet<ItemText>();
        foreach (var p in planned.Texts)
        {
            var version = versions[p.Version];
            var text = item.Texts.FirstOrDefault(t => t.VersionId == version.Id && version.Id != 0);
            if (text is null)
            {
                text = new ItemText
                {
                    Version = version, Path = p.Path, Label = p.Label, Heading = p.Heading, Text = p.Text,
                    SpanStart = p.Span.Start, SpanEnd = p.Span.End, AlignScore = p.Score,
                };
                item.Texts.Add(text);
                keep.Add(text);
                changed = true;
                continue;
            }
            keep.Add(text);
            if (text.Path != p.Path) { text.Path = p.Path; changed = true; }
            if (text.Label != p.Label) { text.Label = p.Label; changed = true; }
            if (text.Heading != p.Heading) { text.Heading = p.Heading; changed = true; }
            if (text.Text != p.Text) { text.Text = p.Text; changed = true; }
            if (text.SpanStart != p.Span.Start) { text.SpanStart = p.Span.Start; changed = true; }
            if (text.SpanEnd != p.Span.End) { text.SpanEnd = p.Span.End; changed = true; }
            if (text.AlignScore != p.Score) { text.AlignScore = p.Score; changed = true; }
        }
        foreach (var stale in item.Texts.Where(t => !keep.Contains(t)).ToList())
        {
            item.Texts.Remove(stale);
            db.ItemTexts.Remove(stale);
            changed = true;
        }
        return changed;
    }

    bool Issues(Item item, PlannedItem planned)
    {
        if (item.Issues.OrderBy(i => i.Id).Select(i => (i.Kind, i.Detail)).SequenceEqual(planned.Issues)) return false;
        foreach (var old in item.Issues.ToList()) db.AlignmentIssues.Remove(old);
        item.Issues.Clear();
        foreach (var (kind, detail) in planned.Issues)
            item.Issues.Add(new AlignmentIssue { Kind = kind, Detail = detail });
        return true;
    }
}

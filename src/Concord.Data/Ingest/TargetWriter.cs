using Concord.Data.Register;

namespace Concord.Data.Ingest;

/// <summary>A commitment's extracted targets, matched by their source words, then by metric and unit; a target a
/// person set (no source words) or one with measurements is never removed.</summary>
internal static class TargetWriter
{
    public static void Sync(RegisterDb db, Commitment c, PlannedCommitment p)
    {
        var extracted = c.Targets.Where(t => t.SourceText.Length > 0).OrderBy(t => t.Id).ToList();
        foreach (var planned in p.Targets)
        {
            var target = extracted.FirstOrDefault(t => t.SourceText == planned.SourceText)
                ?? extracted.FirstOrDefault(t => t.Metric == planned.Metric && t.Unit == planned.Unit);
            if (target is null)
            {
                target = new Target { Metric = planned.Metric, Unit = planned.Unit };
                c.Targets.Add(target);
            }
            else extracted.Remove(target);
            if (target.Metric != planned.Metric) target.Metric = planned.Metric;
            if (target.Unit != planned.Unit) target.Unit = planned.Unit;
            if (target.Comparator != planned.Comparator) target.Comparator = planned.Comparator;
            if (target.Value != planned.Value) target.Value = planned.Value;
            if (target.Per != planned.Per) target.Per = planned.Per;
            if (target.DueDate != planned.Due) target.DueDate = planned.Due;
            if (target.SourceText != planned.SourceText) target.SourceText = planned.SourceText;
        }
        foreach (var stale in extracted.Where(t => t.Measurements.Count == 0))
        {
            c.Targets.Remove(stale);
            db.Targets.Remove(stale);
        }
    }
}

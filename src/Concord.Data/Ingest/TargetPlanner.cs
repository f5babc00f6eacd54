using Concord.Text;
using Concord.Text.Clauses;
using Concord.Text.Dates;
using Concord.Text.Extraction;
using Concord.Text.Quantities;

namespace Concord.Data.Ingest;

/// <summary>Quantities that are targets of a commitment: a quantity with a deadline in its clause ("training
/// 50,000 specialists by 2030") or a rate ("2 million tourists per year"), said in the commitment clause or in an
/// aspiration or background clause of the same sentence ("..., aiming to reach ..."). Quantities in welcomes and
/// acknowledgements are what was done, not what is promised.</summary>
internal static class TargetPlanner
{
    public static List<PlannedTarget>[] Plan(ExtractedItem item, List<TextSpan> sentences, List<Clause> commitments, List<DateMention?> deadlines)
    {
        var targets = commitments.Select(_ => new List<PlannedTarget>()).ToArray();
        var itemDeadlines = item.Dates.Where(d => d.Role == DateRole.Deadline).ToList();
        foreach (var q in item.Quantities)
        {
            var clause = item.Clauses.FirstOrDefault(c => c.Span.Contains(q.Span));
            if (clause?.Modality is Modality.Welcome or Modality.Acknowledgement) continue;
            int owner = clause is null ? -1 : commitments.IndexOf(clause);
            var sentence = sentences.FirstOrDefault(s => s.Contains(q.Span));
            if (owner < 0)
            {
                var near = commitments.Select((c, i) => (c, i)).Where(x => sentence.Overlaps(x.c.Span))
                    .OrderBy(x => CommitmentPlanner.Distance(x.c.Span, q.Span)).FirstOrDefault();
                if (near.c is null) continue;
                owner = near.i;
            }
            var scope = clause?.Span ?? sentence;
            var due = itemDeadlines.FirstOrDefault(d => scope.Contains(d.Span));
            if (q.Per is null && due is null) continue;
            var end = (due ?? deadlines[owner])?.End;
            var metric = Names.Collapse(q.Unit ?? q.Text);
            targets[owner].Add(new PlannedTarget(metric, q.Unit ?? "", TargetComparator(q.Comparator), q.Value, q.Per, end, q.Text));
        }
        return targets;
    }

    /// <summary>A plain figure said as a goal ("train 50,000 engineers by 2030") is met by reaching it or going
    /// beyond, not only by hitting it exactly; "approximately", "more than", "up to" keep their own sense.</summary>
    static string TargetComparator(Comparator said) =>
        said == Comparator.Eq ? "gte" : Names.Of(said);
}

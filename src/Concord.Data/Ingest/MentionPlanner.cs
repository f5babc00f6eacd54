using Concord.Text;
using Concord.Text.Dates;
using Concord.Text.Entities;
using Concord.Text.Extraction;

namespace Concord.Data.Ingest;

/// <summary>The mechanisms, programmes, projects and events an item names. Where another version's paired item
/// names as many of a kind, they are the same ones in the same order: the other name is kept, and the mention
/// in that version points to the same record.</summary>
internal static class MentionPlanner
{
    /// <summary>How near a recurring word must be to a mechanism to be its cadence ("hold the Strategic Dialogue
    /// at the level of foreign ministers every year").</summary>
    const int CadenceReach = 80;

    static readonly string[] Annual = ["annual", "every year", "each year", "yearly", "hằng năm", "hàng năm", "thường niên", "mỗi năm", "毎年", "年次", "年1回"];

    public static void Plan(PlannedItem planned, int version, ExtractedItem item, IReadOnlyList<Counterpart> counterparts)
    {
        var own = item.Entities.Where(e => KindOf(e.Type) is not null).ToList();
        var mine = new List<PlannedMention>();
        foreach (var e in own)
        {
            var kind = KindOf(e.Type)!;
            mine.Add(new PlannedMention(version, e.Span, e.Text, kind, Names.Collapse(e.Text))
            {
                CadenceMonths = kind == "mechanism" ? Cadence(e, item) : null,
            });
        }
        planned.Mentions.AddRange(mine);
        foreach (var counterpart in counterparts.Where(c => c.OneToOne))
        {
            var theirs = counterpart.Items[0].Entities.Where(e => KindOf(e.Type) is not null).ToList();
            foreach (var kind in mine.Select(m => m.Kind).Distinct())
            {
                var ours = mine.Where(m => m.Kind == kind).ToList();
                var others = theirs.Where(e => KindOf(e.Type) == kind).ToList();
                if (ours.Count != others.Count || ours.Zip(others).Any(x => !SameAnchors(x.First.Text, x.Second.Text))) continue;
                for (int i = 0; i < ours.Count; i++)
                {
                    var name = Names.Collapse(others[i].Text);
                    if (!string.Equals(name, ours[i].Name, StringComparison.Ordinal)) ours[i].OtherName ??= name;
                    planned.Mentions.Add(new PlannedMention(counterpart.Version, others[i].Span, others[i].Text, kind, ours[i].Name));
                }
            }
        }
    }

    /// <summary>Two names of one thing write the same numbers and Latin acronyms ("Năm APEC 2027", "APEC Year 2027");
    /// names that do not are another thing, and the order of the two lists is not to be trusted.</summary>
    static bool SameAnchors(string a, string b) => Anchors(a).SetEquals(Anchors(b));

    static HashSet<string> Anchors(string name)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < name.Length;)
        {
            int start = i;
            if (char.IsAsciiDigit(name[i]) || name[i] is >= '０' and <= '９')
            {
                while (i < name.Length && (char.IsAsciiDigit(name[i]) || name[i] is >= '０' and <= '９')) i++;
                anchors.Add(Digits(name[start..i]).TrimStart('0'));
            }
            else if (char.IsAsciiLetterUpper(name[i]))
            {
                while (i < name.Length && char.IsAsciiLetterUpper(name[i])) i++;
                bool word = i < name.Length && char.IsAsciiLetterLower(name[i]);
                if (i - start >= 2 && !word) anchors.Add(name[start..i]);
            }
            else i++;
        }
        return anchors;
    }

    static string Digits(string run) => string.Concat(run.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c));

    static string? KindOf(EntityType type) => type switch
    {
        EntityType.Mechanism => "mechanism",
        EntityType.Programme => "programme",
        EntityType.Project => "project",
        EntityType.Event => "event",
        _ => null,
    };

    static int? Cadence(Entity mechanism, ExtractedItem item)
    {
        var clause = item.Clauses.FirstOrDefault(c => c.Span.Contains(mechanism.Span));
        foreach (var d in item.Dates)
        {
            if (d.Precision != DatePrecision.Recurring || CommitmentPlanner.Distance(d.Span, mechanism.Span) > CadenceReach) continue;
            if (clause is not null && !clause.Span.Overlaps(d.Span)) continue;
            if (Annual.Any(a => d.Text.Contains(a, StringComparison.OrdinalIgnoreCase))) return 12;
        }
        return null;
    }
}

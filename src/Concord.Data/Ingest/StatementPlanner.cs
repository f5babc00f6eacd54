using System.Globalization;
using Concord.Text;
using Concord.Text.Alignment;
using Concord.Text.Extraction;

namespace Concord.Data.Ingest;

/// <summary>Turns the versions of a statement into what the register should hold. Items are the reference
/// version's, in its order, each with the texts the aligner paired with it; an item no other version has is kept
/// with an issue, and an item only another version has is inserted after its neighbour, under that version's path.</summary>
internal static class StatementPlanner
{
    public static PlannedStatement Plan(StatementGroup group)
    {
        var docs = group.Versions.Select(v => v.Document).ToList();
        var reference = docs[0];
        var alignments = docs.Skip(1).Select(d => group.Align(reference, d)).ToList();
        var parties = StatementParties.Find(docs);
        var title = docs.Take(1).Concat(docs.Skip(1).OrderBy(d => d.Language)).Select(d => d.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) is { } found
            ? Names.Collapse(found) : DefaultTitle(parties, group.Date);
        var items = new List<PlannedItem>();
        var position = new Dictionary<(int Version, string Path), int>();

        foreach (var item in reference.Items)
        {
            var planned = new PlannedItem(item.Path, Pillar(item.Path), Names.Of(item.Kind));
            planned.Texts.Add(TextOf(0, item, reference.Text, 1));
            var counterparts = new List<Counterpart>();
            for (int k = 0; k < alignments.Count; k++)
            {
                var other = docs[k + 1];
                var pairs = alignments[k].Pairs.Where(p => p.Left == item.Path).ToList();
                if (pairs.Count == 0)
                {
                    planned.Issues.Add((AlignmentIssueKinds.MissingContent, $"{reference.Language.Code()} {item.Path} has no counterpart in {other.Language.Code()}"));
                    continue;
                }
                var paired = pairs.Select(p => other.Find(p.Right)).OfType<ExtractedItem>().ToList();
                planned.Texts.Add(Merged(k + 1, paired, other.Text, pairs.Min(p => p.Score)));
                foreach (var issue in pairs.SelectMany(p => p.Issues))
                    if (!planned.Issues.Contains((issue.Kind, issue.Detail))) planned.Issues.Add((issue.Kind, issue.Detail));
                counterparts.Add(new Counterpart(k + 1, other, paired, [.. pairs.SelectMany(p => p.Sentences)]));
                foreach (var p in pairs) position[(k + 1, p.Right)] = items.Count;
            }
            CommitmentPlanner.Plan(planned, 0, reference, item, counterparts, parties);
            MentionPlanner.Plan(planned, 0, item, counterparts);
            position[(0, item.Path)] = items.Count;
            items.Add(planned);
        }
        for (int k = 0; k < alignments.Count; k++)
            InsertUnmatched(items, position, k + 1, docs[k + 1], reference, alignments[k].UnmatchedRight, parties);

        var hashes = docs.Select(d => VersionHash.Of(d.Text)).ToList();
        return new PlannedStatement(StatementKey.Of(parties, group.Date, title), title, parties, group.Date, group.Versions, hashes, items);
    }

    static void InsertUnmatched(List<PlannedItem> items, Dictionary<(int, string), int> position, int version, ExtractedDocument doc,
        ExtractedDocument reference, IReadOnlyList<string> unmatched, (string A, string B)? parties)
    {
        var only = new HashSet<string>(unmatched, StringComparer.Ordinal);
        var taken = new HashSet<string>(items.Select(i => i.Path), StringComparer.Ordinal);
        int after = -1;
        foreach (var item in doc.Items)
        {
            if (!only.Contains(item.Path))
            {
                if (position.TryGetValue((version, item.Path), out int at)) after = at;
                continue;
            }
            var path = taken.Contains(item.Path) ? doc.Language.Code() + ":" + item.Path : item.Path;
            taken.Add(path);
            var planned = new PlannedItem(path, Pillar(path), Names.Of(item.Kind));
            planned.Texts.Add(TextOf(version, item, doc.Text, 1));
            planned.Issues.Add((AlignmentIssueKinds.MissingContent, $"{doc.Language.Code()} {item.Path} has no counterpart in {reference.Language.Code()}"));
            CommitmentPlanner.Plan(planned, version, doc, item, [], parties);
            MentionPlanner.Plan(planned, version, item, []);
            after++;
            items.Insert(after, planned);
            foreach (var key in position.Keys.ToList())
                if (position[key] >= after) position[key]++;
            position[(version, item.Path)] = after;
        }
    }

    static PlannedText TextOf(int version, ExtractedItem item, string text, double score) =>
        new(version, item.Path, item.Outline.Label, item.Outline.Heading is { } h ? Names.Collapse(h) : null, item.Text, Body(item), score);

    /// <summary>One item said by two in another version: both texts, under both paths.</summary>
    static PlannedText Merged(int version, List<ExtractedItem> items, string text, double score)
    {
        if (items.Count == 1) return TextOf(version, items[0], text, Math.Round(score, 4));
        var span = new TextSpan(items.Min(i => Body(i).Start), items.Max(i => Body(i).End));
        return new PlannedText(version, string.Join("+", items.Select(i => i.Path)), items[0].Outline.Label, items[0].Outline.Heading,
            string.Join("\n\n", items.Select(i => i.Text)), span, Math.Round(score, 4));
    }

    static TextSpan Body(ExtractedItem item) =>
        item.Outline.Paragraphs.Count == 0 ? item.Outline.Span
            : new TextSpan(item.Outline.Span.Start, item.Outline.Paragraphs[^1].End);

    static string Pillar(string path) => path.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? path[..dot] : path;

    static string DefaultTitle((string A, string B)? parties, DateOnly? date)
    {
        var who = parties is { } p ? $"Joint statement {p.A} – {p.B}" : "Joint statement";
        return date is { } d ? $"{who}, {d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : who;
    }
}

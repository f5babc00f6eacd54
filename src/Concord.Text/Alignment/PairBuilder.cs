using Concord.Text.Extraction;

namespace Concord.Text.Alignment;

/// <summary>Turns one step of the item alignment into its pairs: the score, the discrepancies and the
/// sentence pairs. A 1-2 or 2-1 step gives two pairs that share one side.</summary>
internal sealed class PairBuilder(AnchorIndex index, ItemScorer scorer, ExtractedDocument left, ExtractedDocument right)
{
    /// <summary>However strong the content, a pairing the numbering contradicts is never sure.</summary>
    const double RenumberedCap = 0.75;

    public void Add(ItemProfile[] l, ItemProfile[] r, List<AlignedPair> pairs)
    {
        var ls = new PairSide(left.Language, left.Text ?? "", l, index.Keys);
        var rs = new PairSide(right.Language, right.Text ?? "", r, index.Keys);
        var leftAnchors = l.Length == 1 ? l[0].Anchors : AnchorSet.Union(l[0].Anchors, l[1].Anchors);
        var rightAnchors = r.Length == 1 ? r[0].Anchors : AnchorSet.Union(r[0].Anchors, r[1].Anchors);
        // Score: the pairing's log-odds (see ItemScorer) as a probability; capped when numbered paths disagree.
        double score = SentenceAligner.Sigmoid(scorer.Logit(l, r, leftAnchors, rightAnchors));
        bool samePath = l.Any(a => r.Any(b => string.Equals(a.Path, b.Path, StringComparison.Ordinal)));
        bool renumbered = !samePath && l.All(a => a.Numbered) && r.All(b => b.Numbered);
        if (renumbered) score *= RenumberedCap;

        var issues = new List<AlignmentIssue>();
        if (l.Length + r.Length > 2)
        {
            var (one, two) = l.Length == 1 ? (ls, rs) : (rs, ls);
            issues.Add(new(AlignmentIssueKinds.SplitMerge, $"{one.Label} is said in two items of {two.Label}"));
        }
        if (renumbered)
            issues.Add(new(AlignmentIssueKinds.NumberingMismatch, $"{ls.Label} is paired with {rs.Label}"));
        QuantityComparison.Compare(ls, rs, issues);
        DateComparison.Compare(ls, rs, issues);
        NumberComparison.Compare(ls, rs, index.Keys, issues);
        NumberComparison.Compare(rs, ls, index.Keys, issues);
        Acronyms(ls, rs, issues);
        Acronyms(rs, ls, issues);
        var links = new List<SentenceLink>();
        SentenceAligner.Align(ls, rs, index.Weights, links, issues);

        if (l.Length == 1 && r.Length == 1)
        {
            pairs.Add(new AlignedPair(l[0].Path, r[0].Path, score, issues, [.. links.Select(s => s.Pair)]));
            return;
        }
        // Each of the two pairs gets the sentences of its own item; content issues stay on the first.
        var splitMerge = issues.Where(i => i.Kind == AlignmentIssueKinds.SplitMerge).ToList();
        var bySlot = Distribute(links, byLeft: l.Length == 2);
        for (int k = 0; k < 2; k++)
        {
            var (a, b) = l.Length == 2 ? (l[k], r[0]) : (l[0], r[k]);
            pairs.Add(new AlignedPair(a.Path, b.Path, score, k == 0 ? issues : splitMerge, bySlot[k]));
        }
    }

    /// <summary>Sentence links by the slot of the side that has two items; a link with that side null
    /// stays with the item of the sentence before it.</summary>
    static List<SentencePair>[] Distribute(List<SentenceLink> links, bool byLeft)
    {
        var slots = new[] { new List<SentencePair>(), new List<SentencePair>() };
        int current = 0;
        foreach (var link in links)
        {
            int slot = byLeft ? link.LeftSlot : link.RightSlot;
            if (slot >= 0) current = slot;
            slots[current].Add(link.Pair);
        }
        return slots;
    }

    /// <summary>An acronym the other version uses somewhere, but not in this pairing.</summary>
    void Acronyms(PairSide side, PairSide other, List<AlignmentIssue> issues)
    {
        var reported = new HashSet<int>();
        foreach (var item in side.Items)
            foreach (var o in item.Occurrences)
            {
                if (!index.Keys.IsAcronym(o.Id) || index.Weights[o.Id] <= 0 || other.HasAnchor(o.Id)) continue;
                // "Green" of "Green Growth" shares its key with "GREEN x EXPO" but is no acronym.
                string written = side.Text.Substring(o.Position, o.Length);
                if (!AnchorScanner.IsAcronym(written) || !reported.Add(o.Id)) continue;
                issues.Add(new(AlignmentIssueKinds.EntityMismatch, $"{written} in {side.Label} has no counterpart in {other.Label}"));
            }
    }
}

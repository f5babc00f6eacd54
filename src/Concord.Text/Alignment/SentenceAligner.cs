using Concord.Text.Segmentation;

namespace Concord.Text.Alignment;

/// <summary>
/// Pairs the sentences of a pairing the way items are paired (monotonic, 1-0/0-1/1-1/1-2/2-1), by
/// length ratio and shared anchors. Within paired items sentences are expected to correspond, so a 1-1
/// pairing always gains a little: a sentence is left without counterpart only when the other side has
/// fewer sentences than it can absorb, and then the one that fits worst is left out.
/// </summary>
internal static class SentenceAligner
{
    const double Prior = 1.0;
    const double MergePenalty = 0.6;
    const double Floor = 0.05;
    /// <summary>Shorter leftovers ("etc.") are splitting noise, not missing content.</summary>
    const double MinMissingLength = 20;

    readonly record struct Sentence(TextSpan Span, int Slot, double Length, AnchorSet Anchors);

    public static void Align(PairSide left, PairSide right, double[] weights, List<SentenceLink> links, List<AlignmentIssue> issues)
    {
        var l = Sentences(left, weights);
        var r = Sentences(right, weights);
        var steps = MonotonicAligner.Align(l.Count, r.Count,
            (i, j) => Math.Max(Floor, Logit(l[i].Length, r[j].Length, l[i].Anchors, r[j].Anchors, weights)),
            (i, j) => Logit(l[i].Length, r[j].Length + r[j + 1].Length, l[i].Anchors, AnchorSet.Union(r[j].Anchors, r[j + 1].Anchors), weights) - MergePenalty,
            (i, j) => Logit(l[i].Length + l[i + 1].Length, r[j].Length, AnchorSet.Union(l[i].Anchors, l[i + 1].Anchors), r[j].Anchors, weights) - MergePenalty);
        foreach (var step in steps)
        {
            switch (step.Kind)
            {
                case StepKind.OneOne:
                    Link(l[step.Left], r[step.Right], Score(l[step.Left].Length, r[step.Right].Length, l[step.Left].Anchors, r[step.Right].Anchors));
                    break;
                case StepKind.OneTwo:
                {
                    var (a, b1, b2) = (l[step.Left], r[step.Right], r[step.Right + 1]);
                    double score = Score(a.Length, b1.Length + b2.Length, a.Anchors, AnchorSet.Union(b1.Anchors, b2.Anchors));
                    Link(a, b1, score);
                    Link(a, b2, score);
                    break;
                }
                case StepKind.TwoOne:
                {
                    var (a1, a2, b) = (l[step.Left], l[step.Left + 1], r[step.Right]);
                    double score = Score(a1.Length + a2.Length, b.Length, AnchorSet.Union(a1.Anchors, a2.Anchors), b.Anchors);
                    Link(a1, b, score);
                    Link(a2, b, score);
                    break;
                }
                case StepKind.SkipLeft:
                    Missing(l[step.Left], left, right, isLeft: true);
                    break;
                case StepKind.SkipRight:
                    Missing(r[step.Right], right, left, isLeft: false);
                    break;
            }
        }

        void Link(Sentence a, Sentence b, double score) => links.Add(new(new SentencePair(a.Span, b.Span, score), a.Slot, b.Slot));

        void Missing(Sentence s, PairSide side, PairSide other, bool isLeft)
        {
            links.Add(isLeft ? new(new SentencePair(s.Span, null, 0), s.Slot, -1) : new(new SentencePair(null, s.Span, 0), -1, s.Slot));
            if (s.Length >= MinMissingLength)
                issues.Add(new(AlignmentIssueKinds.MissingContent,
                    $"sentence \"{IssueText.Quote(s.Span.Of(side.Text))}\" in {side.Label} has no counterpart in {other.Label}"));
        }

        double Score(double a, double b, AnchorSet x, AnchorSet y) => Sigmoid(Logit(a, b, x, y, weights));
    }

    static double Logit(double leftLength, double rightLength, AnchorSet leftAnchors, AnchorSet rightAnchors, double[] weights)
    {
        var (shared, oneSided) = AnchorSet.Compare(leftAnchors, rightAnchors, weights);
        return Prior + ItemScorer.LengthEvidence(leftLength, rightLength, 0.15, 2.0) + shared - 0.4 * oneSided;
    }

    public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    static List<Sentence> Sentences(PairSide side, double[] weights)
    {
        var sentences = new List<Sentence>();
        double factor = AnchorIndex.LengthFactor(side.Language);
        for (int slot = 0; slot < side.Items.Length; slot++)
        {
            var item = side.Items[slot];
            var occurrences = item.Occurrences.AsSpan();
            int at = 0;
            foreach (var paragraph in item.Paragraphs)
            {
                foreach (var span in SentenceSplitter.Split(side.Text, paragraph))
                {
                    while (at < occurrences.Length && occurrences[at].Position < span.Start) at++;
                    int end = at;
                    while (end < occurrences.Length && occurrences[end].Position < span.End) end++;
                    sentences.Add(new Sentence(span, slot, span.Length * factor, AnchorSet.From(occurrences[at..end], weights)));
                    at = end;
                }
            }
        }
        return sentences;
    }
}

using Concord.Text.Extraction;

namespace Concord.Text.Alignment;

public static class StatementAligner
{
    /// <summary>
    /// Pairs the items of two language versions of one statement (any two of en, vi, ja), in document
    /// order, and says where the paired items disagree. Numbering is a strong anchor; shared figures,
    /// dates, names, acronyms and statement vocabulary, relative length, position and kind of item do
    /// the rest, so renumbered, split, merged, dropped and unnumbered items are paired too. Never throws;
    /// two empty documents give an empty result.
    /// </summary>
    public static AlignmentResult Align(ExtractedDocument left, ExtractedDocument right)
    {
        var index = AnchorIndex.Build(left, right);
        var scorer = new ItemScorer(index);
        var steps = MonotonicAligner.Align(index.Left.Length, index.Right.Length, scorer.OneOneGain, scorer.OneTwoGain, scorer.TwoOneGain);
        var builder = new PairBuilder(index, scorer, left, right);
        var pairs = new List<AlignedPair>();
        var unmatchedLeft = new List<string>();
        var unmatchedRight = new List<string>();
        foreach (var step in steps)
        {
            var (i, j) = (step.Left, step.Right);
            switch (step.Kind)
            {
                case StepKind.SkipLeft: unmatchedLeft.Add(index.Left[i].Path); break;
                case StepKind.SkipRight: unmatchedRight.Add(index.Right[j].Path); break;
                case StepKind.OneOne: builder.Add([index.Left[i]], [index.Right[j]], pairs); break;
                case StepKind.OneTwo: builder.Add([index.Left[i]], [index.Right[j], index.Right[j + 1]], pairs); break;
                case StepKind.TwoOne: builder.Add([index.Left[i], index.Left[i + 1]], [index.Right[j]], pairs); break;
            }
        }
        return new AlignmentResult(pairs, unmatchedLeft, unmatchedRight);
    }
}

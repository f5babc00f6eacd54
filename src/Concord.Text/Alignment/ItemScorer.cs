using Concord.Text.Outline;

namespace Concord.Text.Alignment;

/// <summary>
/// How likely two items (or an item and two adjacent ones) say the same thing, as log-odds: the sum of
/// independent pieces of evidence, each a small number of "nats".
/// <list type="bullet">
/// <item>numbering: the same path +2.0 (both numbered), different numbered paths −0.5, the same
/// unnumbered position (P3, P3) +0.3; averaged over the combinations of a 1-2 or 2-1 step;</item>
/// <item>kind: the same +0.3, related (item/paragraph, section/annex, item/annex entry) −0.3, else −1.0;</item>
/// <item>length, Gale–Church style: −z²/2 with z the log of the ratio of English-equivalent lengths over
/// σ = 0.15 + 2/√(shorter length), so short headings may differ more; at worst −4;</item>
/// <item>position in the document: −1.5 × the difference of relative positions;</item>
/// <item>anchors: + the weight both share, −0.4 × the weight only one side has.</item>
/// </list>
/// </summary>
internal sealed class ItemScorer(AnchorIndex index)
{
    /// <summary>Two versions of one statement pair most of their items: a pairing with no evidence
    /// either way is still better than two unmatched items.</summary>
    public const double PairPrior = 0.3;

    /// <summary>What a 1-2 or 2-1 step costs over a 1-1 step: taken only when the merge is clearly better.</summary>
    public const double MergePenalty = 1.0;

    readonly AnchorSet?[] leftPairs = new AnchorSet?[index.Left.Length];
    readonly AnchorSet?[] rightPairs = new AnchorSet?[index.Right.Length];

    public double OneOneGain(int i, int j) => Logit([index.Left[i]], [index.Right[j]], index.Left[i].Anchors, index.Right[j].Anchors) + PairPrior;

    public double OneTwoGain(int i, int j) =>
        Logit([index.Left[i]], [index.Right[j], index.Right[j + 1]], index.Left[i].Anchors, RightPair(j)) + PairPrior - MergePenalty;

    public double TwoOneGain(int i, int j) =>
        Logit([index.Left[i], index.Left[i + 1]], [index.Right[j]], LeftPair(i), index.Right[j].Anchors) + PairPrior - MergePenalty;

    /// <summary>The log-odds that <paramref name="left"/> and <paramref name="right"/> (one or two
    /// adjacent items each) are the same content.</summary>
    public double Logit(ReadOnlySpan<ItemProfile> left, ReadOnlySpan<ItemProfile> right, AnchorSet leftAnchors, AnchorSet rightAnchors)
    {
        // Numbering and kind of a merge are averaged over its combinations: "4.3" said by "4.3" and
        // "4.4" is half a numbering match, and "4.3" with its continuation paragraph more than half.
        double path = 0, kind = 0;
        double leftLength = 0, rightLength = 0, leftPosition = 0, rightPosition = 0;
        double combinations = left.Length * right.Length;
        foreach (var l in left)
        {
            leftLength += l.Length;
            leftPosition += l.Position / left.Length;
            foreach (var r in right)
            {
                path += PathEvidence(l, r) / combinations;
                kind += KindEvidence(l.Item.Kind, r.Item.Kind) / combinations;
            }
        }
        foreach (var r in right)
        {
            rightLength += r.Length;
            rightPosition += r.Position / right.Length;
        }
        var (shared, oneSided) = AnchorSet.Compare(leftAnchors, rightAnchors, index.Weights);
        return path + kind
            + LengthEvidence(leftLength, rightLength, 0.15, 2.0)
            - 1.5 * Math.Abs(leftPosition - rightPosition)
            + shared - 0.4 * oneSided;
    }

    /// <summary>Gale–Church's length model as log-odds: 0 for equal lengths, −z²/2 otherwise.</summary>
    public static double LengthEvidence(double a, double b, double sigma, double shortBoost)
    {
        if (a <= 0 && b <= 0) return 0;
        if (a <= 0 || b <= 0) return -4;
        double z = Math.Log(a / b) / (sigma + shortBoost / Math.Sqrt(Math.Min(a, b)));
        return Math.Max(-4, -0.5 * z * z);
    }

    static double PathEvidence(ItemProfile l, ItemProfile r)
    {
        bool same = string.Equals(l.Path, r.Path, StringComparison.Ordinal);
        if (l.Numbered && r.Numbered) return same ? 2.0 : -0.5;
        return !l.Numbered && !r.Numbered && same ? 0.3 : 0;
    }

    static double KindEvidence(ItemKind a, ItemKind b)
    {
        if (a == b) return 0.3;
        return (a, b) switch
        {
            (ItemKind.Item, ItemKind.Paragraph) or (ItemKind.Paragraph, ItemKind.Item) => -0.3,
            (ItemKind.Section, ItemKind.Annex) or (ItemKind.Annex, ItemKind.Section) => -0.3,
            (ItemKind.Item, ItemKind.AnnexEntry) or (ItemKind.AnnexEntry, ItemKind.Item) => -0.3,
            _ => -1.0,
        };
    }

    AnchorSet LeftPair(int i) => leftPairs[i] ??= AnchorSet.Union(index.Left[i].Anchors, index.Left[i + 1].Anchors);

    AnchorSet RightPair(int j) => rightPairs[j] ??= AnchorSet.Union(index.Right[j].Anchors, index.Right[j + 1].Anchors);
}

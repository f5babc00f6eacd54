using Concord.Text.Alignment;

namespace Concord.Text.Checking;

/// <summary>What the linker found for one claim.</summary>
/// <param name="Items">Item index => its score (0-1) and its best sentence.</param>
/// <param name="Anchors">The ids of the claim's anchors.</param>
/// <param name="Occurrences">Where the claim's anchors are in the article.</param>
internal sealed record ClaimScores(
    IReadOnlyDictionary<int, (double Score, int Sentence)> Items,
    IReadOnlySet<int> Anchors,
    IReadOnlyList<AnchorOccurrence> Occurrences)
{
    public double ScoreOf(int item) => Items.TryGetValue(item, out var s) ? s.Score : 0;

    /// <summary>The best item of one version, or null when none shares anything.</summary>
    public (int Item, double Score, int Sentence)? Best(StatementIndex index, int version)
    {
        (int, double, int)? best = null;
        foreach (var (item, (score, sentence)) in Items)
        {
            if (index.Items[item].Version != version || sentence < 0) continue;
            if (best is not { } b || score > b.Item2 || (score == b.Item2 && item < b.Item1)) best = (item, score, sentence);
        }
        return best;
    }
}

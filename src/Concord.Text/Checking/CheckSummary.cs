namespace Concord.Text.Checking;

/// <summary>An article at a glance.</summary>
/// <param name="Counts">Claims per verdict; every verdict present, zero included.</param>
/// <param name="ReadFirst">Indexes into the claims a reader should look at first: contradicted, then
/// overstated and understated, each by confidence, highest first.</param>
public sealed record CheckSummary(IReadOnlyDictionary<Verdict, int> Counts, IReadOnlyList<int> ReadFirst);

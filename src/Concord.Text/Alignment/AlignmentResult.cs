namespace Concord.Text.Alignment;

public sealed record AlignmentResult(
    IReadOnlyList<AlignedPair> Pairs,
    IReadOnlyList<string> UnmatchedLeft,
    IReadOnlyList<string> UnmatchedRight);

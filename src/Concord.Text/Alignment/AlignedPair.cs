namespace Concord.Text.Alignment;

/// <param name="Left">The item path in the left version.</param>
/// <param name="Right">The item path in the right version.</param>
/// <param name="Score">0 to 1: how sure the pairing is.</param>
public sealed record AlignedPair(
    string Left,
    string Right,
    double Score,
    IReadOnlyList<AlignmentIssue> Issues,
    IReadOnlyList<SentencePair> Sentences);

namespace Concord.Text.Checking;

/// <summary>One factual claim of an article and what the statement says of it.</summary>
/// <param name="Text">Equals <c>Span.Of(article text)</c>.</param>
/// <param name="Confidence">0-1: how sure the verdict is; an unsure link gives <see cref="Verdict.Unsure"/>
/// rather than a guess.</param>
/// <param name="Links">The items it speaks of, the best first, at most one per version.</param>
/// <param name="Reason">One line for a person, in English: why this verdict.</param>
/// <param name="Because">The same as a code, for a reader of another language.</param>
public sealed record CheckedClaim(
    string Text,
    TextSpan Span,
    Verdict Verdict,
    double Confidence,
    IReadOnlyList<ClaimLink> Links,
    IReadOnlyList<ClaimDifference> Differences,
    string Reason,
    ClaimReason Because);

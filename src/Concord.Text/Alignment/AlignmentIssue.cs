namespace Concord.Text.Alignment;

/// <summary>Where two paired items disagree.</summary>
/// <param name="Kind">One of <see cref="AlignmentIssueKinds"/>: quantity-mismatch | date-mismatch |
/// missing-content | entity-mismatch | numbering-mismatch | split-merge.</param>
/// <param name="Detail">For a person: "50,000 in en 4.7 has no counterpart in vi 4.7".</param>
public sealed record AlignmentIssue(string Kind, string Detail);

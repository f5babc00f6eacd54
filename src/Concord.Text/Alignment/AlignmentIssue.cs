namespace Concord.Text.Alignment;

/// <param name="Kind">quantity-mismatch | date-mismatch | missing-content | entity-mismatch | numbering-mismatch</param>
/// <param name="Detail">For a person: "50,000 in en 4.7 has no counterpart in vi 4.7".</param>
public sealed record AlignmentIssue(string Kind, string Detail);

namespace Concord.Text.Checking;

/// <summary>A piece of evidence both sides share: a figure, a date, a name or a word, in the claim and in the item.</summary>
/// <param name="Claim">Offsets into the article's text.</param>
/// <param name="Statement">Offsets into the statement version's text.</param>
public sealed record MatchedSpan(TextSpan Claim, TextSpan Statement);

namespace Concord.Text.Checking;

/// <summary>One difference between a claim and the statement, with both sides.</summary>
/// <param name="Claimed">The claim's side as written: "over $20 billion".</param>
/// <param name="ClaimSpan">Offsets into the article's text.</param>
/// <param name="Stated">The statement's side as written: "approximately US$20 billion"; empty when the statement's side
/// is the absence of a word (no "between the two countries").</param>
/// <param name="Version">Index of the statement version (in the order given) that says it.</param>
/// <param name="StatedSpan">Offsets into that version's text.</param>
/// <param name="Detail">For a person: "over vs approximately".</param>
public sealed record ClaimDifference(
    DifferenceKind Kind,
    string Claimed,
    TextSpan ClaimSpan,
    string Stated,
    int Version,
    string Path,
    TextSpan StatedSpan,
    string Detail);

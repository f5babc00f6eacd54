namespace Concord.Text.Checking;

/// <summary>A statement item a claim speaks of, in one version.</summary>
/// <param name="Version">Index of the statement version in the order given.</param>
/// <param name="Path">The item's path: "5.1".</param>
/// <param name="ItemSpan">The whole item, offsets into the version's text.</param>
/// <param name="Sentence">The item's sentence closest to the claim.</param>
/// <param name="Score">0-1: how much of what the claim names the item names too, weighted by rarity.</param>
/// <param name="Matches">What both share, in document order of the item.</param>
public sealed record ClaimLink(
    int Version,
    string Path,
    TextSpan ItemSpan,
    TextSpan Sentence,
    double Score,
    IReadOnlyList<MatchedSpan> Matches);

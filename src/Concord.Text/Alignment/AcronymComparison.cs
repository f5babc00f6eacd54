namespace Concord.Text.Alignment;

/// <summary>An acronym in one item of a pairing that the other item lacks, though the other version
/// writes it elsewhere, as an acronym ("JBIC" in en 4.5, nowhere in vi 4.5, but in vi 4.4): a body left out or a
/// different body named. Acronyms only one version uses ("SMEs" where the other spells it out) say
/// nothing and are not reported.</summary>
internal static class AcronymComparison
{
    public static void Compare(PairSide side, PairSide other, AnchorIndex index, List<AlignmentIssue> issues)
    {
        var reported = new HashSet<int>();
        foreach (var item in side.Items)
        {
            foreach (var o in item.Occurrences)
            {
                // The other version must write it as an acronym too: "THE" of a masthead is not one.
                if (!index.Keys.IsAcronymIn(o.Id, other.Side) || index.Weights[o.Id] <= 0 || other.HasAnchor(o.Id)) continue;
                // "Green" of "Green Growth" shares its key with "GREEN x EXPO" but is no acronym.
                string written = side.Text.Substring(o.Position, o.Length);
                if (!AnchorScanner.IsAcronym(written) || !reported.Add(o.Id)) continue;
                issues.Add(new(AlignmentIssueKinds.EntityMismatch, $"{written} in {side.Label} has no counterpart in {other.Label}"));
            }
        }
    }
}

using Concord.Text.Quantities;

namespace Concord.Text.Checking;

/// <summary>How two hedges on the same value compare: "over 20" claims more than "approximately 20".</summary>
internal static class Hedges
{
    /// <summary>The comparator as meant: "approximately" may come as a flag on an exact comparator.</summary>
    public static Comparator Said(Quantity q) => q.Comparator == Comparator.Eq && q.Approximate ? Comparator.Approx : q.Comparator;

    /// <summary>+1 when the claim's hedge says more than the statement's, -1 when less, 0 when they agree or
    /// differ only in precision ("up to" for "approximately", "exactly" for "approximately").</summary>
    public static int Compare(Quantity claimed, Quantity stated)
    {
        var c = Said(claimed);
        var s = Said(stated);
        bool claimAbove = c is Comparator.Gt or Comparator.Gte;
        bool claimBelow = c is Comparator.Lt or Comparator.Lte;
        bool statedAbove = s is Comparator.Gt or Comparator.Gte;
        bool statedBelow = s is Comparator.Lt or Comparator.Lte;
        if (claimAbove && !statedAbove) return 1;
        if (claimBelow && statedAbove) return -1;
        if (c == Comparator.Eq && statedBelow) return 1;
        return 0;
    }
}

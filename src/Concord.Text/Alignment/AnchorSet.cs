namespace Concord.Text.Alignment;

/// <summary>The anchors of an item or sentence as a multiset: ids ascending, each with its count
/// (capped, so that a name repeated five times does not outweigh five different names).</summary>
internal sealed class AnchorSet
{
    const int MaxCount = 3;

    public static readonly AnchorSet Empty = new([], []);

    readonly int[] ids;
    readonly int[] counts;

    AnchorSet(int[] ids, int[] counts)
    {
        this.ids = ids;
        this.counts = counts;
    }

    public int Count => ids.Length;

    /// <summary>Only the anchors with a weight count: the others cannot meet anything on the other side.</summary>
    public static AnchorSet From(ReadOnlySpan<AnchorOccurrence> occurrences, double[] weights)
    {
        if (occurrences.IsEmpty) return Empty;
        var sorted = new List<int>(occurrences.Length);
        foreach (var o in occurrences)
            if (weights[o.Id] > 0) sorted.Add(o.Id);
        if (sorted.Count == 0) return Empty;
        sorted.Sort();
        var ids = new List<int>();
        var counts = new List<int>();
        foreach (int id in sorted)
        {
            if (ids.Count > 0 && ids[^1] == id) counts[^1] = Math.Min(MaxCount, counts[^1] + 1);
            else { ids.Add(id); counts.Add(1); }
        }
        return new AnchorSet([.. ids], [.. counts]);
    }

    public static AnchorSet Union(AnchorSet a, AnchorSet b)
    {
        if (a.Count == 0) return b;
        if (b.Count == 0) return a;
        var ids = new List<int>(a.Count + b.Count);
        var counts = new List<int>(a.Count + b.Count);
        int i = 0, j = 0;
        while (i < a.ids.Length || j < b.ids.Length)
        {
            if (j >= b.ids.Length || (i < a.ids.Length && a.ids[i] < b.ids[j])) { ids.Add(a.ids[i]); counts.Add(a.counts[i++]); }
            else if (i >= a.ids.Length || b.ids[j] < a.ids[i]) { ids.Add(b.ids[j]); counts.Add(b.counts[j++]); }
            else { ids.Add(a.ids[i]); counts.Add(Math.Min(MaxCount, a.counts[i++] + b.counts[j++])); }
        }
        return new AnchorSet([.. ids], [.. counts]);
    }

    /// <summary>The weight both sides share and the weight only one side has.</summary>
    public static (double Shared, double OneSided) Compare(AnchorSet a, AnchorSet b, double[] weights)
    {
        double shared = 0, oneSided = 0;
        int i = 0, j = 0;
        while (i < a.ids.Length || j < b.ids.Length)
        {
            if (j >= b.ids.Length || (i < a.ids.Length && a.ids[i] < b.ids[j])) { oneSided += weights[a.ids[i]] * a.counts[i]; i++; }
            else if (i >= a.ids.Length || b.ids[j] < a.ids[i]) { oneSided += weights[b.ids[j]] * b.counts[j]; j++; }
            else
            {
                double w = weights[a.ids[i]];
                shared += w * Math.Min(a.counts[i], b.counts[j]);
                oneSided += w * Math.Abs(a.counts[i] - b.counts[j]);
                i++; j++;
            }
        }
        return (shared, oneSided);
    }
}

namespace Concord.Text.Checking;

/// <summary>Reads a list of findings sorted by position for a series of ranges that move forward through the text.</summary>
internal sealed class Cursor<T>
{
    readonly List<T> sorted;
    readonly Func<T, TextSpan> spanOf;
    int next;

    public Cursor(IReadOnlyList<T> items, Func<T, TextSpan> spanOf)
    {
        this.spanOf = spanOf;
        sorted = [.. items];
        sorted.Sort((a, b) => spanOf(a).Start.CompareTo(spanOf(b).Start));
    }

    /// <summary>The findings inside <paramref name="range"/>; ranges must not move backwards.</summary>
    public List<T> Inside(TextSpan range) => Collect(range, inside: true);

    /// <summary>The findings that overlap <paramref name="range"/>; ranges must not move backwards.</summary>
    public List<T> Overlapping(TextSpan range) => Collect(range, inside: false);

    List<T> Collect(TextSpan range, bool inside)
    {
        // Skip what ends before the range; a finding that starts before it may still overlap it.
        while (next < sorted.Count && spanOf(sorted[next]).End <= range.Start && spanOf(sorted[next]).Start < range.Start) next++;
        var found = new List<T>();
        for (int i = next; i < sorted.Count; i++)
        {
            var span = spanOf(sorted[i]);
            if (span.Start >= range.End) break;
            if (inside ? range.Contains(span) : span.Overlaps(range)) found.Add(sorted[i]);
        }
        return found;
    }
}

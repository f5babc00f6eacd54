namespace Concord.Text.Clauses;

/// <summary>Binary searches in a sentence's cues and actors, which are sorted and do not overlap, so that
/// a clause looks only at its own (a sentence of thousands of cues stays linear).</summary>
internal static class SortedHits
{
    /// <summary>The index of the first cue that starts at or after <paramref name="position"/>.</summary>
    public static int FirstCue(List<Cue> cues, int position)
    {
        int lo = 0, hi = cues.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cues[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The index of the first actor that starts at or after <paramref name="position"/>.</summary>
    public static int FirstActor(List<ActorHit> actors, int position)
    {
        int lo = 0, hi = actors.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (actors[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The actor that ends exactly at <paramref name="end"/> and starts after <paramref name="lower"/>.</summary>
    public static ActorHit? EndingAt(List<ActorHit> actors, int end, int lower)
    {
        int lo = 0, hi = actors.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (actors[mid].End < end) lo = mid + 1; else hi = mid;
        }
        return lo < actors.Count && actors[lo].End == end && actors[lo].Start > lower ? actors[lo] : null;
    }
}

namespace Concord.Text.Alignment;

/// <summary>
/// The best monotonic alignment of two sequences (Gale–Church style dynamic programming): every element
/// is skipped (1-0, 0-1), paired (1-1), or one is paired with two adjacent ones (1-2, 2-1), so that the
/// sum of the gains of the steps is the largest. A skip gains nothing; a pairing gains what its scorer
/// says (its log-odds plus any prior), so it is taken only when it beats leaving both out.
/// </summary>
/// <remarks>Only a band of the (n+1)×(m+1) table is filled: cells within <c>slack</c> of any diagonal
/// between "the extra elements are all at the start" and "all at the end", which is O(n·m) at worst
/// and O((n+m)·slack) when the lengths are close. A table larger than <see cref="CellBudget"/> falls back
/// to a narrow band around the straight diagonal, so a huge input costs time, never memory.</remarks>
internal static class MonotonicAligner
{
    const long CellBudget = 4_000_000;

    public delegate double Gain(int left, int right);

    /// <param name="oneOne">Gain of pairing left <c>i</c> with right <c>j</c>.</param>
    /// <param name="oneTwo">Gain of pairing left <c>i</c> with right <c>j</c> and <c>j+1</c>.</param>
    /// <param name="twoOne">Gain of pairing left <c>i</c> and <c>i+1</c> with right <c>j</c>.</param>
    public static List<AlignStep> Align(int n, int m, Gain oneOne, Gain oneTwo, Gain twoOne)
    {
        var steps = new List<AlignStep>(n + m);
        if (n == 0 || m == 0)
        {
            for (int i = 0; i < n; i++) steps.Add(new AlignStep(StepKind.SkipLeft, i, 0));
            for (int j = 0; j < m; j++) steps.Add(new AlignStep(StepKind.SkipRight, 0, j));
            return steps;
        }
        var (lo, hi) = Band(n, m);
        var best = new double[n + 1][];
        var back = new StepKind[n + 1][];
        for (int i = 0; i <= n; i++)
        {
            best[i] = new double[hi[i] - lo[i] + 1];
            back[i] = new StepKind[hi[i] - lo[i] + 1];
            for (int j = lo[i]; j <= hi[i]; j++)
            {
                if (i == 0 && j == 0) continue;
                double score = double.NegativeInfinity;
                var kind = StepKind.None;
                // Pairings first: on a tie a pairing beats two skips.
                if (i > 0 && j > 0 && In(i - 1, j - 1)) Consider(best[i - 1][j - 1 - lo[i - 1]] + oneOne(i - 1, j - 1), StepKind.OneOne);
                if (i > 0 && j > 1 && In(i - 1, j - 2)) Consider(best[i - 1][j - 2 - lo[i - 1]] + oneTwo(i - 1, j - 2), StepKind.OneTwo);
                if (i > 1 && j > 0 && In(i - 2, j - 1)) Consider(best[i - 2][j - 1 - lo[i - 2]] + twoOne(i - 2, j - 1), StepKind.TwoOne);
                if (i > 0 && In(i - 1, j)) Consider(best[i - 1][j - lo[i - 1]], StepKind.SkipLeft);
                if (j > 0 && In(i, j - 1)) Consider(best[i][j - 1 - lo[i]], StepKind.SkipRight);
                best[i][j - lo[i]] = score;
                back[i][j - lo[i]] = kind;

                void Consider(double candidate, StepKind step)
                {
                    if (candidate > score) { score = candidate; kind = step; }
                }
            }
        }
        return Trace(n, m, back, lo);

        bool In(int i, int j) => j >= lo[i] && j <= hi[i];
    }

    static List<AlignStep> Trace(int n, int m, StepKind[][] back, int[] lo)
    {
        var steps = new List<AlignStep>(n + m);
        int i = n, j = m;
        while (i > 0 || j > 0)
        {
            var kind = back[i][j - lo[i]];
            (int di, int dj) = kind switch
            {
                StepKind.OneOne => (1, 1),
                StepKind.OneTwo => (1, 2),
                StepKind.TwoOne => (2, 1),
                StepKind.SkipLeft => (1, 0),
                StepKind.SkipRight => (0, 1),
                // Unreachable by construction of the band; end cleanly rather than loop.
                _ => (i, j),
            };
            if (kind == StepKind.None) break;
            i -= di;
            j -= dj;
            steps.Add(new AlignStep(kind, i, j));
        }
        steps.Reverse();
        return steps;
    }

    static (int[] Lo, int[] Hi) Band(int n, int m)
    {
        int slack = Math.Clamp(Math.Max(n, m) / 8, 12, 64);
        var lo = new int[n + 1];
        var hi = new int[n + 1];
        long cells = 0;
        for (int i = 0; i <= n; i++)
        {
            lo[i] = Math.Max(0, i - Math.Max(0, n - m) - slack);
            hi[i] = Math.Min(m, i + Math.Max(0, m - n) + slack);
            cells += hi[i] - lo[i] + 1;
        }
        if (cells <= CellBudget) return (lo, hi);
        // Around the straight diagonal, wide enough that consecutive rows always overlap.
        int width = Math.Max(slack, (int)Math.Ceiling((double)m / n) + 1);
        for (int i = 0; i <= n; i++)
        {
            int centre = (int)((long)i * m / n);
            lo[i] = Math.Max(0, centre - width);
            hi[i] = Math.Min(m, centre + width);
        }
        return (lo, hi);
    }
}

using System.Globalization;
using Concord.Text.Quantities;

namespace Concord.Text.Alignment;

/// <summary>
/// The quantities of a pairing, compared by value: "50.000" and "50,000" are both 50000. Reported: a
/// value on one side that the other lacks, and equal values said differently ("approximately 250" vs
/// "250", a different currency, a different period). Not reported: a value the other side writes but
/// its recognizer missed, a bare number that is part of a bigger one on the other side ("20" of
/// "20 tỷ USD"), a number that is a year the other side has as a date.
/// </summary>
internal static class QuantityComparison
{
    static readonly decimal[] Scales = [1e3m, 1e4m, 1e6m, 1e8m, 1e9m, 1e12m];

    public static void Compare(PairSide left, PairSide right, List<AlignmentIssue> issues)
    {
        var l = left.Quantities;
        var r = right.Quantities;
        var usedRight = new bool[r.Count];
        var leftOver = new List<Quantity>();
        foreach (var q in l)
        {
            int same = Find(r, usedRight, o => o.Value == q.Value && Said(o) == Said(q));
            if (same < 0) same = Find(r, usedRight, o => o.Value == q.Value);
            if (same < 0) { leftOver.Add(q); continue; }
            usedRight[same] = true;
            if (Differs(q, r[same]) is { } how)
                issues.Add(new(AlignmentIssueKinds.QuantityMismatch, $"{Describe(q)} in {left.Label} is {Describe(r[same])} in {right.Label} ({how})"));
        }
        var rightOver = r.Where((_, k) => !usedRight[k]).ToList();
        leftOver.RemoveAll(q => Explained(q, right, rightOver));
        rightOver.RemoveAll(q => Explained(q, left, leftOver));
        foreach (var q in leftOver)
        {
            int k = rightOver.FindIndex(o => IssueText.Digits(o.Text) == IssueText.Digits(q.Text));
            // One figure left on each side: the same figure, said differently ("2 million" vs "3 triệu").
            if (k < 0 && leftOver.Count == 1 && rightOver.Count == 1) k = 0;
            if (k >= 0)
            {
                issues.Add(new(AlignmentIssueKinds.QuantityMismatch, $"{Describe(q)} in {left.Label} is {Describe(rightOver[k])} in {right.Label}"));
                rightOver.RemoveAt(k);
            }
            else issues.Add(new(AlignmentIssueKinds.QuantityMismatch, $"{Describe(q)} in {left.Label} has no counterpart in {right.Label}"));
        }
        foreach (var q in rightOver)
            issues.Add(new(AlignmentIssueKinds.QuantityMismatch, $"{Describe(q)} in {right.Label} has no counterpart in {left.Label}"));
    }

    /// <summary>The comparator as meant: "approximately" may come as a flag on an exact comparator.</summary>
    static Comparator Said(Quantity q) => q.Comparator == Comparator.Eq && q.Approximate ? Comparator.Approx : q.Comparator;

    static string? Differs(Quantity a, Quantity b)
    {
        if (Said(a) != Said(b)) return $"{Name(Said(a))} vs {Name(Said(b))}";
        if (a.Per is not null && b.Per is not null && !string.Equals(a.Per, b.Per, StringComparison.Ordinal))
            return $"per {a.Per} vs per {b.Per}";
        if (IsCode(a.Unit) && IsCode(b.Unit) && !string.Equals(a.Unit, b.Unit, StringComparison.Ordinal))
            return $"{a.Unit} vs {b.Unit}";
        return null;
    }

    /// <summary>A quantity the other side does say, though not as an equal recognised quantity.</summary>
    static bool Explained(Quantity q, PairSide other, List<Quantity> otherLeftOver)
    {
        string? digits = IssueText.Digits(q.Text);
        bool bare = IsBare(q);
        // "20" with "20 tỷ USD" either way round: one recognizer missed the scale word.
        if (other.Quantities.Any(o => Scales.Any(s => (bare && o.Value == q.Value * s) || (IsBare(o) && q.Value == o.Value * s))))
            return true;
        if (bare && q.Value is >= 1900 and <= 2200 && other.Dates.Any(d => d.Start?.Year == (int)q.Value || d.End?.Year == (int)q.Value))
            return true;
        // The number is in the other text and nothing else there claims those digits: its recognizer
        // missed it, the versions agree.
        return digits is not null && other.HasNumber(digits) && !otherLeftOver.Any(o => IssueText.Digits(o.Text) == digits);
    }

    /// <summary>The number as written is the whole value: "3", "2025"; not "3 tỷ" or "3.5 million".</summary>
    static bool IsBare(Quantity q) =>
        q.Value == decimal.Truncate(q.Value) && IssueText.Digits(q.Text) is { } digits
        && string.Equals(digits, q.Value.ToString("0", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    static int Find(List<Quantity> list, bool[] used, Func<Quantity, bool> match)
    {
        for (int k = 0; k < list.Count; k++)
            if (!used[k] && match(list[k])) return k;
        return -1;
    }

    static bool IsCode(string? unit) => unit is "%" || (unit is { Length: 3 } && unit.All(char.IsAsciiLetterUpper));

    static string Describe(Quantity q) => q.Text is { Length: > 0 } text ? IssueText.Quote(text) : IssueText.Number(q.Value);

    /// <summary>A comparator in the words of an issue or a check: "more than", "approximately"...</summary>
    internal static string Name(Comparator c) => c switch
    {
        Comparator.Gt => "more than",
        Comparator.Gte => "at least",
        Comparator.Lt => "less than",
        Comparator.Lte => "up to",
        Comparator.Approx => "approximately",
        _ => "exactly",
    };
}

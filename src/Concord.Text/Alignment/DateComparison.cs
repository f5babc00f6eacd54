using System.Globalization;
using Concord.Text.Dates;

namespace Concord.Text.Alignment;

/// <summary>
/// The dates of a pairing, compared by their normalised range, not their words: "2025" and "năm 2025",
/// "April 28, 2025" and "28/4/2025" are equal. A fiscal year is equal to the same fiscal year whichever
/// convention each recognizer assumed; a deadline equals a period that ends with it ("by 2025",
/// "vào năm 2025"), an open range a period that starts with it. Not reported: a year the other side writes without its
/// recognizer reading it as a date ("Expo 2025").
/// </summary>
internal static class DateComparison
{
    public static void Compare(PairSide left, PairSide right, List<AlignmentIssue> issues)
    {
        var r = right.Dates;
        var usedRight = new bool[r.Count];
        var leftOver = new List<DateMention>();
        foreach (var d in left.Dates)
        {
            int k = -1;
            for (int x = 0; x < r.Count && k < 0; x++)
                if (!usedRight[x] && Equal(d, r[x])) k = x;
            if (k >= 0) usedRight[k] = true;
            else leftOver.Add(d);
        }
        var rightOver = r.Where((_, k) => !usedRight[k]).ToList();
        leftOver.RemoveAll(d => Explained(d, right, rightOver));
        rightOver.RemoveAll(d => Explained(d, left, leftOver));
        foreach (var d in leftOver)
        {
            int k = rightOver.FindIndex(o => Year(o) is { } y && y == Year(d));
            // One date left on each side: the same date, said differently ("by 2028" vs "đến năm 2029").
            if (k < 0 && leftOver.Count == 1 && rightOver.Count == 1) k = 0;
            if (k >= 0)
            {
                issues.Add(new(AlignmentIssueKinds.DateMismatch, $"{Describe(d)} in {left.Label} is {Describe(rightOver[k])} in {right.Label}"));
                rightOver.RemoveAt(k);
            }
            else issues.Add(new(AlignmentIssueKinds.DateMismatch, $"{Describe(d)} in {left.Label} has no counterpart in {right.Label}"));
        }
        foreach (var d in rightOver)
            issues.Add(new(AlignmentIssueKinds.DateMismatch, $"{Describe(d)} in {right.Label} has no counterpart in {left.Label}"));
    }

    public static bool Equal(DateMention a, DateMention b)
    {
        if (a.Precision == DatePrecision.FiscalYear && b.Precision == DatePrecision.FiscalYear)
            return FiscalLabel(a) == FiscalLabel(b);
        if (a.Start == b.Start && a.End == b.End) return a.Start is not null || a.End is not null || a.Precision == b.Precision;
        if (a.Precision != b.Precision) return false;
        // "by 2025" and "vào năm 2025": a deadline and a period that end together; "in June 2025" and
        // "từ tháng 6/2025": a period and an open range that start together.
        return (a.End is not null && a.End == b.End && (a.Start is null || b.Start is null))
            || (a.Start is not null && a.Start == b.Start && (a.End is null || b.End is null));
    }

    /// <summary>The year a fiscal year is named by: Japan's fiscal 2026 runs from April 2026 to March 2027.</summary>
    public static int FiscalLabel(DateMention d)
    {
        if (d.Start is { } start) return start.Year;
        if (d.End is { } end) return d.FiscalYear == FiscalConvention.JP && end.Month <= 3 ? end.Year - 1 : end.Year;
        return 0;
    }

    /// <summary>A year-long date whose year the other side writes, where no date of its own claims that
    /// year; "every year" that the other side has as the period of a rate ("300 students per year").</summary>
    static bool Explained(DateMention d, PairSide other, List<DateMention> otherLeftOver)
    {
        if (d.Precision == DatePrecision.Recurring)
            return other.Quantities.Any(q => q.Per is not null) || other.Dates.Any(o => o.Precision == DatePrecision.Recurring);
        if (d.Precision is not (DatePrecision.Year or DatePrecision.FiscalYear) || Year(d) is not { } year) return false;
        if (otherLeftOver.Any(o => Year(o) == year)) return false;
        return other.HasNumber(year.ToString(CultureInfo.InvariantCulture))
            || other.Quantities.Any(q => q.Value == year);
    }

    static int? Year(DateMention d) => d.Precision == DatePrecision.FiscalYear ? FiscalLabel(d) : (d.Start ?? d.End)?.Year;

    static string Describe(DateMention d) => $"{IssueText.Quote(d.Text ?? "")} ({Range(d)})";

    static string Range(DateMention d)
    {
        switch (d.Precision)
        {
            case DatePrecision.Asap: return "as soon as possible";
            case DatePrecision.Recurring: return "recurring";
            case DatePrecision.FiscalYear:
                return $"fiscal year {FiscalLabel(d).ToString(CultureInfo.InvariantCulture)}" + (d.FiscalYear is { } c ? $", {c}" : "");
        }
        if (d.Start is { } s && d.End is { } e)
        {
            if (s == e) return IssueText.Day(s);
            if (s.Year == e.Year && s.Month == 1 && s.Day == 1 && e.Month == 12 && e.Day == 31) return s.Year.ToString(CultureInfo.InvariantCulture);
            return IssueText.Day(s) + " to " + IssueText.Day(e);
        }
        if (d.End is { } until) return "until " + IssueText.Day(until);
        if (d.Start is { } from) return "from " + IssueText.Day(from);
        return "no fixed date";
    }
}

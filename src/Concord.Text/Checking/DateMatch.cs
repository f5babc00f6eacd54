using Concord.Text.Dates;

namespace Concord.Text.Checking;

/// <summary>Whether two dates can be the same: one range inside the other, or the same deadline
/// ("by the end of 2025" and "the end of 2025" both end on 31 December 2025).</summary>
internal static class DateMatch
{
    public static bool Compatible(DateMention a, DateMention b)
    {
        if (a.Precision is DatePrecision.Recurring or DatePrecision.Asap || b.Precision is DatePrecision.Recurring or DatePrecision.Asap)
            return a.Precision == b.Precision;
        if (a.End is { } ae && b.End is { } be && ae == be) return true;
        if (a.Start is { } as_ && b.Start is { } bs && a.End is { } ae2 && b.End is { } be2)
            return (as_ >= bs && ae2 <= be2) || (bs >= as_ && be2 <= ae2);
        if (a.Start is null && b.Start is null) return false;
        return a.Start is not null && a.Start == b.Start;
    }

    /// <summary>Two dates of the same kind that cannot be the same: both end somewhere, and not on one day.</summary>
    public static bool Conflicting(DateMention a, DateMention b) =>
        a.End is { } ae && b.End is { } be && !Compatible(a, b) && a.Role == b.Role
        && a.Precision is not (DatePrecision.Recurring or DatePrecision.Asap) && ae.Year != be.Year;
}

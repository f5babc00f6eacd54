namespace Concord.Text.Dates;

/// <summary>Joins the two ends of a range, each taking from the other what it does not say:
/// "April 27-29, 2025", "27 - 29/4/2025", "from 27 to 29 April", "2021-2025".</summary>
internal static class RangeJoiner
{
    public static bool TryJoin(ref DatePiece first, ref DatePiece last)
    {
        if (first.Kind == PieceKind.Day && last.Kind == PieceKind.Day)
        {
            if (last.Month == 0) last = last with { Month = first.Month };
            if (first.Month == 0) first = first with { Month = last.Month };
            if (first.Month == 0) return false;
        }
        else if (first.Kind != last.Kind)
        {
            // "2029-FY2030", "summer-May": ends of different kinds make no range.
            return false;
        }
        if (first.Source == YearSource.Missing && last.Source != YearSource.Missing)
            first = first with { Year = last.Year, Source = last.Source };
        else if (last.Source == YearSource.Missing && first.Source != YearSource.Missing)
            last = last with { Year = first.Year, Source = first.Source };
        if (first.Source == YearSource.Explicit && last.Source == YearSource.Explicit)
        {
            if (first.Year > last.Year || last.Year - first.Year > 100) return false;
            // "28 December - 3 January 2026": the first end is in the year before.
            if (first.Year == last.Year && Order(first) > Order(last))
            {
                if (first.Kind is PieceKind.Day or PieceKind.Month) first = first with { Year = first.Year - 1 };
                else return false;
            }
        }
        else if (first.Source == last.Source && first.Year == last.Year && Order(first) > Order(last))
        {
            // Both in the statement's year, or both relative alike: the first end must come first.
            return false;
        }
        if (first.Kind == PieceKind.Day && !DatePiece.ValidDay(first.Source == YearSource.Explicit ? first.Year : 0, first.Month, first.Day))
            return false;
        return last.Kind != PieceKind.Day || DatePiece.ValidDay(last.Source == YearSource.Explicit ? last.Year : 0, last.Month, last.Day);
    }

    /// <summary>Adds a year written after a range of days or months ("April 27-29, 2025") to its ends.</summary>
    public static void GiveYear(ref DatePiece first, ref DatePiece? last, int year)
    {
        if (first.Source == YearSource.Missing) first = first with { Year = year, Source = YearSource.Explicit };
        if (last is { Source: YearSource.Missing } l) last = l with { Year = year, Source = YearSource.Explicit };
    }

    static int Order(DatePiece p) => p.Kind switch
    {
        PieceKind.Day => p.Month * 100 + p.Day,
        PieceKind.Month => p.Month * 100,
        _ => p.Index,
    };
}

namespace Concord.Text.Dates;

/// <summary>The days a resolved period covers. Seasons are the northern hemisphere's meteorological ones
/// (summer 1 June - 31 August; winter 1 December - end of February of the next year); Japan's fiscal year
/// runs 1 April - 31 March, Viet Nam's is the calendar year.</summary>
internal static class PeriodCalendar
{
    public static (DateOnly Start, DateOnly End) Range(DatePiece piece, int year, FiscalConvention convention)
    {
        (DateOnly start, DateOnly end) = piece.Kind switch
        {
            PieceKind.Day => (new DateOnly(year, piece.Month, piece.Day), new DateOnly(year, piece.Month, piece.Day)),
            PieceKind.Month => Months(year, piece.Month, 1),
            PieceKind.Season => piece.Index == 4 ? Months(year, 12, 3) : Months(year, piece.Index * 3, 3),
            PieceKind.Quarter => Months(year, piece.Index * 3 - 2, 3),
            PieceKind.Half => Months(year, piece.Index * 6 - 5, 6),
            PieceKind.FiscalYear => convention == FiscalConvention.JP ? Months(year, 4, 12) : Months(year, 1, 12),
            _ => Months(year, 1, 12),
        };
        return piece.Edge switch
        {
            Edge.None => (start, end),
            _ when piece.Kind == PieceKind.Month => piece.Edge switch
            {
                Edge.Beginning => (start, start.AddDays(9)),
                Edge.Middle => (start.AddDays(10), start.AddDays(19)),
                _ => (start.AddDays(20), end),
            },
            // Of a year or fiscal year: its first or last quarter, or its middle half.
            Edge.Beginning => (start, start.AddMonths(3).AddDays(-1)),
            Edge.Middle => (start.AddMonths(3), start.AddMonths(9).AddDays(-1)),
            _ => (end.AddMonths(-3).AddDays(1), end),
        };
    }

    /// <summary>Whether the year can be computed with: DateOnly covers 1-9999, and 31 March of the next year must exist.</summary>
    public static bool Supported(int year) => year is >= 1 and <= 9998;

    static (DateOnly, DateOnly) Months(int year, int firstMonth, int count)
    {
        var start = new DateOnly(year, firstMonth, 1);
        return (start, start.AddMonths(count).AddDays(-1));
    }
}

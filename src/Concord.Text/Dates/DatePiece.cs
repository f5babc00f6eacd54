namespace Concord.Text.Dates;

internal enum PieceKind : byte
{
    Day,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    FiscalYear,
}

/// <summary>Where a piece's year comes from: written ("2025"), relative to the statement ("next year",
/// "năm nay"), or not said at all ("September 9", "summer") and so the statement's.</summary>
internal enum YearSource : byte
{
    Explicit,
    Relative,
    Missing,
}

/// <summary>A part of a period: "the end of 2025", "early 2026", "cuối tháng 4".</summary>
internal enum Edge : byte
{
    None,
    Beginning,
    Middle,
    End,
}

/// <summary>One calendar period as written, before it is resolved against the statement's date.
/// <see cref="Year"/> is the year when explicit, the offset from the statement's year when relative.
/// <see cref="Index"/> is the season (1 spring .. 4 winter), quarter (1-4) or half (1-2).</summary>
internal record struct DatePiece(PieceKind Kind, int Year, YearSource Source, int Month = 0, int Day = 0, int Index = 0, Edge Edge = Edge.None)
{
    public static DatePiece ExplicitYear(int year) => new(PieceKind.Year, year, YearSource.Explicit);

    public static DatePiece RelativeYear(int offset) => new(PieceKind.Year, offset, YearSource.Relative);

    public static DatePiece MissingYear() => new(PieceKind.Year, 0, YearSource.Missing);

    /// <summary>This piece with the year of <paramref name="year"/> (a year piece).</summary>
    public readonly DatePiece WithYearOf(DatePiece year) => this with { Year = year.Year, Source = year.Source };

    public readonly bool YearKnown(int? statementYear) => Source == YearSource.Explicit || statementYear is not null;

    public readonly int ResolveYear(int statementYear) => Source switch
    {
        YearSource.Explicit => Year,
        YearSource.Relative => statementYear + Year,
        _ => statementYear,
    };

    public readonly DatePrecision Precision => Kind switch
    {
        PieceKind.Day => DatePrecision.Day,
        PieceKind.Month => DatePrecision.Month,
        PieceKind.Season => DatePrecision.Season,
        PieceKind.Quarter => DatePrecision.Quarter,
        PieceKind.Half => DatePrecision.Half,
        PieceKind.FiscalYear => DatePrecision.FiscalYear,
        // The beginning or the end of a year is read as its first or last quarter, the middle as its middle half.
        _ => Edge switch
        {
            Edge.None => DatePrecision.Year,
            Edge.Middle => DatePrecision.Half,
            _ => DatePrecision.Quarter,
        },
    };

    /// <summary>True when a day is possible in some year: 29 February, not 31 April.</summary>
    public static bool ValidDay(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= (year > 0 ? DateTime.DaysInMonth(year, month) : MaxDays[month - 1]);

    static readonly int[] MaxDays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
}

using System.Globalization;

namespace Concord.Text.Dates;

/// <summary>The plain English a person reads in <see cref="DateMention.Reading"/>: "27-29 April 2025",
/// "summer 2025 (1 June - 31 August 2025, northern hemisphere)", "no later than 31 December 2030, the end of
/// the year 2030".</summary>
internal static class DateReadings
{
    static readonly string[] SeasonNames = ["spring", "summer", "autumn", "winter"];
    static readonly string[] OrdinalNames = ["first", "second", "third", "fourth"];

    public static string Day(DateOnly d) =>
        string.Create(CultureInfo.InvariantCulture, $"{d.Day} {MonthName(d.Month)} {d.Year}");

    /// <summary>"27-29 April 2025", "1 June - 31 August 2025", "1 April 2026 - 31 March 2027".</summary>
    public static string Span(DateOnly start, DateOnly end)
    {
        if (start == end) return Day(start);
        if (start.Year != end.Year) return $"{Day(start)} - {Day(end)}";
        if (start.Month != end.Month)
            return string.Create(CultureInfo.InvariantCulture, $"{start.Day} {MonthName(start.Month)} - {Day(end)}");
        return string.Create(CultureInfo.InvariantCulture, $"{start.Day}-{Day(end)}");
    }

    /// <summary>One period, resolved: <paramref name="start"/>..<paramref name="end"/> are its days, edge included.</summary>
    public static string Period(DatePiece p, int year, DateOnly start, DateOnly end, FiscalConvention? convention)
    {
        string y = year.ToString(CultureInfo.InvariantCulture);
        string whole = p.Kind switch
        {
            PieceKind.Day => Day(start),
            PieceKind.Month => $"{MonthName(p.Month)} {y}",
            PieceKind.Season => $"{SeasonNames[p.Index - 1]} {y} ({Span(start, end)}, northern hemisphere)",
            PieceKind.Quarter => $"the {OrdinalNames[p.Index - 1]} quarter of {y} ({Span(start, end)})",
            PieceKind.Half => $"the {OrdinalNames[p.Index - 1]} half of {y} ({Span(start, end)})",
            PieceKind.FiscalYear => FiscalYear(p, year, convention ?? FiscalConvention.JP),
            _ => $"the year {y}",
        };
        if (p.Edge == Edge.None) return whole;
        string edge = p.Edge switch { Edge.Beginning => "beginning", Edge.Middle => "middle", _ => "end" };
        string part = p.Kind == PieceKind.Month
            ? p.Edge switch { Edge.Beginning => "first ten days", Edge.Middle => "middle ten days", _ => "last ten days" }
            : p.Edge switch { Edge.Beginning => "first quarter", Edge.Middle => "middle half", _ => "last quarter" };
        string name = p.Kind == PieceKind.Year ? y : whole;
        return $"the {edge} of {name}, read as its {part} ({Span(start, end)})";
    }

    /// <summary>Both ends of a range: "27-29 April 2025", "the years 2021 to 2025".</summary>
    public static string Range(DatePiece first, DatePiece last, int firstYear, int lastYear, string firstText, string lastText, DateOnly start, DateOnly end)
    {
        if (first.Kind == PieceKind.Day && last.Kind == PieceKind.Day) return Span(start, end);
        if (first.Kind == PieceKind.Year && last.Kind == PieceKind.Year && first.Edge == Edge.None && last.Edge == Edge.None)
            return string.Create(CultureInfo.InvariantCulture, $"the years {firstYear} to {lastYear} ({Span(start, end)})");
        return $"from {firstText} to {lastText} ({Span(start, end)})";
    }

    static string FiscalYear(DatePiece p, int year, FiscalConvention convention)
    {
        string y = year.ToString(CultureInfo.InvariantCulture);
        var (start, end) = PeriodCalendar.Range(p with { Edge = Edge.None }, year, convention);
        return convention == FiscalConvention.JP
            ? $"fiscal year {y}, read as Japan's ({Span(start, end)})"
            : $"fiscal year {y}, read as Viet Nam's (the calendar year, {Span(start, end)})";
    }

    public static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}

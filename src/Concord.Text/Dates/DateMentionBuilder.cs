namespace Concord.Text.Dates;

/// <summary>Turns what a grammar read into a <see cref="DateMention"/>: resolves the year against the statement's
/// date, applies "by", "before", "from", decides the fiscal convention and the role, and writes the reading.</summary>
internal static class DateMentionBuilder
{
    public static DateMention Build(DateScan s, DateLanguage language, DateExpression e, DateOnly? statementDate,
        SentenceCues cues, Func<SentenceCues> paragraph)
    {
        var span = new TextSpan(s.StartOf(e.First), s.EndOf(e.End - 1));
        string text = span.Of(s.Text);
        if (e.Special is { } special)
        {
            string what = special == DatePrecision.Asap ? "as soon as possible" : $"recurring every {e.RecurringUnit}{On(e.Piece)}";
            var specialRole = DateRoles.Decide(s, language, e, null, null, special, statementDate, cues);
            return new DateMention(text, span, specialRole, null, null, special, null, $"{what}: no fixed date");
        }

        var first = e.Piece;
        var last = e.Last;
        FiscalConvention? convention = null;
        string? why = null;
        if (first.Kind == PieceKind.FiscalYear || last?.Kind == PieceKind.FiscalYear)
        {
            var decided = FiscalConventions.Decide(language.Language, cues, paragraph);
            (convention, why) = (decided.Convention, decided.Why);
        }
        var precision = Precision(e);
        int? year = statementDate?.Year;
        DateOnly? start = null, end = null;
        string reading;
        if (!first.YearKnown(year) || (last is { } l0 && !l0.YearKnown(year)))
        {
            reading = $"\"{text}\" is relative to the statement's date, which is not known: no range";
        }
        else if (!Exists(first, year ?? 0) || (last is { } l1 && !Exists(l1, year ?? 0)))
        {
            reading = $"\"{text}\" names a day or year that does not exist in {first.ResolveYear(year ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)}: no range";
        }
        else
        {
            (start, end, reading) = Resolve(e, year ?? 0, convention);
            if (first.Source == YearSource.Relative || last?.Source == YearSource.Relative)
                reading += $"; \"{text}\" is read from the statement's date, {DateReadings.Day(statementDate!.Value)}";
            else if (first.Source == YearSource.Missing || last?.Source == YearSource.Missing)
                reading += $"; the year is the statement's ({DateReadings.Day(statementDate!.Value)})";
        }
        if (why is not null) reading += ": " + why;
        var role = DateRoles.Decide(s, language, e, start, end, precision, statementDate, cues);
        return new DateMention(text, span, role, start, end, precision, convention, reading);
    }

    /// <summary>" on 8 August", " in August": the day or month a recurrence falls on, when said.</summary>
    static string On(DatePiece p) => p.Month == 0 ? ""
        : p.Kind == PieceKind.Day ? $" on {p.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)} {DateReadings.MonthName(p.Month)}"
        : $" in {DateReadings.MonthName(p.Month)}";

    /// <summary>Not 29 February read in a year that has none, nor a year past the calendar's end.</summary>
    static bool Exists(DatePiece p, int statementYear) =>
        PeriodCalendar.Supported(p.ResolveYear(statementYear))
        && (p.Kind != PieceKind.Day || DatePiece.ValidDay(p.ResolveYear(statementYear), p.Month, p.Day));

    /// <summary>"by the end of 2025" is precise to the year: its end is 31 December, not a quarter.</summary>
    static DatePrecision Precision(DateExpression e) =>
        e.Prefix is DatePrefix.By or DatePrefix.Before && e.Piece.Edge == Edge.End && e.Last is null
            ? (e.Piece with { Edge = Edge.None }).Precision
            : e.Piece.Precision;

    static (DateOnly? Start, DateOnly? End, string Reading) Resolve(DateExpression e, int statementYear, FiscalConvention? convention)
    {
        var first = e.Piece;
        int y1 = first.ResolveYear(statementYear);
        var fiscal = convention ?? FiscalConvention.JP;
        var (rangeStart, rangeEnd) = PeriodCalendar.Range(first, y1, fiscal);
        string description = DateReadings.Period(first, y1, rangeStart, rangeEnd, convention);
        if (e.Last is { } last)
        {
            int y2 = last.ResolveYear(statementYear);
            var (_, lastEnd) = PeriodCalendar.Range(last, y2, fiscal);
            string lastDescription = DateReadings.Period(last, y2, PeriodCalendar.Range(last, y2, fiscal).Start, lastEnd, convention);
            // A range that would run backwards ("2026 - last year") is read as its first end alone.
            if (lastEnd >= rangeStart)
            {
                rangeEnd = lastEnd;
                description = DateReadings.Range(first, last, y1, y2, description, lastDescription, rangeStart, rangeEnd);
            }
        }
        switch (e.Prefix)
        {
            case DatePrefix.By:
            case DatePrefix.Before when first.Edge == Edge.End:
                string whole = first.Edge == Edge.End && e.Last is null
                    ? DateReadings.Period(first with { Edge = Edge.None }, y1, rangeStart, rangeEnd, convention)
                    : description;
                return (null, rangeEnd, first.Kind == PieceKind.Day && e.Last is null
                    ? $"no later than {DateReadings.Day(rangeEnd)}"
                    : $"no later than {DateReadings.Day(rangeEnd)}, the end of {whole}");
            case DatePrefix.Before:
                var dayBefore = rangeStart.AddDays(-1);
                return (null, dayBefore, $"before {description}: no later than {DateReadings.Day(dayBefore)}");
            case DatePrefix.After:
                var dayAfter = rangeEnd.AddDays(1);
                return (dayAfter, null, $"after {description}: from {DateReadings.Day(dayAfter)} on, with no end said");
            case DatePrefix.From:
                return (rangeStart, null, $"from {description} on, with no end said");
            case DatePrefix.Since:
                return (rangeStart, null, $"since {description}");
            case DatePrefix.Within:
                return (rangeStart, rangeEnd, $"within {description}");
            default:
                return (rangeStart, rangeEnd, description);
        }
    }
}

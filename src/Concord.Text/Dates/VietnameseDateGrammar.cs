using Concord.Text.Languages.Vi;

namespace Concord.Text.Dates;

/// <summary>Vietnamese dates: "ngày 28/4/2025", "ngày 28 tháng 4 năm 2025", "27 - 29/4/2025", "tháng 12/2023",
/// "năm 2025", "năm nay", "mùa hè năm nay", "quý I/2026", "6 tháng cuối năm 2025", "cuối năm 2025",
/// "năm tài chính 2026", "đến năm 2030", "trước cuối năm tài chính 2026", "(9/9)".</summary>
internal sealed class VietnameseDateGrammar : IDateGrammar
{
    public static readonly VietnameseDateGrammar Instance = new();

    static readonly PhraseTable<int> RelativeYears = new(ViDateWords.RelativeYears, Language.Vi);
    static readonly PhraseTable<bool> Counts = Words(ViDateWords.Counts);
    static readonly PhraseTable<int> Seasons = new(ViDateWords.Seasons, Language.Vi);
    static readonly PhraseTable<int> Halves = new(ViDateWords.Halves, Language.Vi);
    static readonly PhraseTable<Edge> Edges = new(ViDateWords.Edges, Language.Vi);
    static readonly PhraseTable<bool> FiscalWords = Words(ViDateWords.FiscalYear);
    static readonly PhraseTable<DatePrefix> Prefixes = new(ViDateWords.Prefixes, Language.Vi);
    static readonly PhraseTable<bool> RangeWords = Words(ViDateWords.RangeWords);
    static readonly PhraseTable<bool> YearIntroducers = Words(ViDateWords.YearIntroducers);
    static readonly PhraseTable<bool> Asap = Words(ViDateWords.Asap);
    static readonly PhraseTable<bool> Recurring = Words(ViDateWords.Recurring);
    static readonly PhraseTable<bool> Starters = Words(
        new[] { ViDateWords.DayWord, ViDateWords.MonthWord, ViDateWords.YearWord, ViDateWords.QuarterWord }
            .Concat(ViDateWords.Seasons.Select(s => s.Item1)).Concat(ViDateWords.Halves.Select(h => h.Item1))
            .Concat(ViDateWords.Edges.Select(e => e.Item1)).Concat(ViDateWords.FiscalYear)
            .Concat(ViDateWords.Prefixes.Select(p => p.Item1)).Concat(ViDateWords.YearIntroducers)
            .Concat(ViDateWords.Asap).Concat(ViDateWords.Recurring));

    static PhraseTable<bool> Words(IEnumerable<string> phrases) => new(phrases.Select(p => (p, true)), Language.Vi);

    public bool CanStart(DateScan s, int i) => s.IsNumber(i) || (s.IsWordToken(i) && Starters.StartsWith(s.Span(i)));

    public bool TryMatch(DateScan s, int i, out DateExpression e)
    {
        e = default;
        if (Asap.TryMatch(s, i, out _, out int end))
        {
            e = new(i, end, DatePrefix.None, default, Special: DatePrecision.Asap);
            return true;
        }
        if (Recurring.TryMatch(s, i, out _, out end))
        {
            e = new(i, end, DatePrefix.None, default, Special: DatePrecision.Recurring, RecurringUnit: "year");
            return true;
        }
        var prefix = DatePrefix.None;
        int j = i;
        if (Prefixes.TryMatch(s, i, out var p, out int afterPrefix))
        {
            prefix = p;
            j = afterPrefix;
        }
        if (!TryPeriod(s, j, prefix, out var piece, out var last, out end)) return false;
        if (prefix == DatePrefix.From && last is not null) prefix = DatePrefix.In;
        e = new(i, end, prefix, piece, last);
        return true;
    }

    static bool TryPeriod(DateScan s, int j, DatePrefix prefix, out DatePiece piece, out DatePiece? last, out int end)
    {
        last = null;
        if (!TryCore(s, j, prefix, out piece, out end)) return false;
        int k = end;
        if (s.IsDash(k) || ((prefix == DatePrefix.From || piece.Kind == PieceKind.Day) && RangeWords.Contains(s, k)))
        {
            var first = piece;
            if ((TryCore(s, k + 1, DatePrefix.In, out var second, out int end2) || TryBareDay(s, k + 1, out second, out end2))
                && RangeJoiner.TryJoin(ref first, ref second))
            {
                piece = first;
                last = second;
                end = end2;
            }
        }
        return piece.Kind != PieceKind.Day || piece.Month != 0;
    }

    static bool TryCore(DateScan s, int j, DatePrefix prefix, out DatePiece piece, out int end) =>
        TryHalf(s, j, out piece, out end)
        || TryEdge(s, j, out piece, out end)
        || TrySeason(s, j, out piece, out end)
        || TryQuarter(s, j, out piece, out end)
        || TryFiscal(s, j, out piece, out end)
        || TryDay(s, j, prefix, out piece, out end)
        || TryMonth(s, j, out piece, out end)
        || TryYear(s, j, prefix, out piece, out end)
        || TryBareDayStart(s, j, prefix, out piece, out end);

    /// <summary>After "năm": a year ("2025") or a relative word ("nay", "tới"). <paramref name="k"/> is the token after "năm".</summary>
    static bool TryYearTail(DateScan s, int k, out DatePiece year, out int end)
    {
        end = k + 1;
        if (s.Year(k) > 0)
        {
            year = DatePiece.ExplicitYear(s.Year(k));
            return true;
        }
        year = default;
        if (!RelativeYears.TryMatch(s, k, out int offset, out end)) return false;
        year = DatePiece.RelativeYear(offset);
        return true;
    }

    /// <summary>"năm 2025", "năm nay", "/2025" after a month or quarter; none at all gives the statement's year.</summary>
    static DatePiece YearAfter(DateScan s, ref int end)
    {
        if (s.IsSymbol(end, '/') && s.Glued(end) && s.Year(end + 1) > 0)
        {
            end += 2;
            return DatePiece.ExplicitYear(s.Year(end - 1));
        }
        if (s.IsWord(end, ViDateWords.YearWord) && TryYearTail(s, end + 1, out var year, out int afterYear))
        {
            end = afterYear;
            return year;
        }
        if (s.IsSymbol(end, ',') && s.IsWord(end + 1, ViDateWords.YearWord) && TryYearTail(s, end + 2, out year, out afterYear))
        {
            end = afterYear;
            return year;
        }
        return DatePiece.MissingYear();
    }

    static bool TryHalf(DateScan s, int j, out DatePiece piece, out int end)
    {
        piece = default;
        if (!Halves.TryMatch(s, j, out int half, out end)) return false;
        piece = new DatePiece(PieceKind.Half, 0, YearSource.Missing, Index: half);
        if (TryYearTail(s, end, out var year, out int afterYear))
        {
            piece = piece.WithYearOf(year);
            end = afterYear;
        }
        return true;
    }

    static bool TryEdge(DateScan s, int j, out DatePiece piece, out int end)
    {
        piece = default;
        end = j;
        if (!Edges.TryMatch(s, j, out var edge, out int k)) return false;
        if (TryFiscal(s, k, out piece, out end) || TryMonth(s, k, out piece, out end))
        {
            piece = piece with { Edge = edge };
            return true;
        }
        if (!s.IsWord(k, ViDateWords.YearWord)) return false;
        if (TryYearTail(s, k + 1, out var year, out end))
        {
            piece = year with { Edge = edge };
            return true;
        }
        // "cuối năm" alone is the end of the statement's year.
        piece = DatePiece.MissingYear() with { Edge = edge };
        end = k + 1;
        return true;
    }

    static bool TrySeason(DateScan s, int j, out DatePiece piece, out int end)
    {
        piece = default;
        if (!Seasons.TryMatch(s, j, out int season, out end)) return false;
        var year = s.Year(end) > 0 ? DatePiece.ExplicitYear(s.Year(end++)) : YearAfter(s, ref end);
        piece = new DatePiece(PieceKind.Season, 0, YearSource.Missing, Index: season).WithYearOf(year);
        return true;
    }

    static bool TryQuarter(DateScan s, int j, out DatePiece piece, out int end)
    {
        piece = default;
        end = j + 2;
        if (!s.IsWord(j, ViDateWords.QuarterWord)) return false;
        int n = s.Number(j + 1, 1, 1);
        if (n is < 1 or > 4)
        {
            n = 0;
            foreach (var (roman, value) in ViDateWords.RomanNumerals)
                if (s.IsWordExact(j + 1, roman)) n = value;
            if (n == 0) return false;
        }
        piece = new DatePiece(PieceKind.Quarter, 0, YearSource.Missing, Index: n).WithYearOf(YearAfter(s, ref end));
        return true;
    }

    static bool TryFiscal(DateScan s, int j, out DatePiece piece, out int end)
    {
        piece = default;
        if (!FiscalWords.TryMatch(s, j, out _, out end)) return false;
        if (!TryYearTail(s, end, out var year, out int afterYear)) return false;
        piece = new DatePiece(PieceKind.FiscalYear, 0, YearSource.Missing).WithYearOf(year);
        end = afterYear;
        return true;
    }

    static bool TryDay(DateScan s, int j, DatePrefix prefix, out DatePiece piece, out int end)
    {
        piece = default;
        bool dayWord = s.IsWord(j, ViDateWords.DayWord);
        int k = dayWord ? j + 1 : j;
        end = k;
        int day = s.Day(k, ordinalAllowed: false);
        if (day < 0) return false;
        // ngày 28 tháng 4 năm 2025
        if (s.IsWord(k + 1, ViDateWords.MonthWord) && s.Month(k + 2) > 0 && DatePiece.ValidDay(0, s.Month(k + 2), day))
        {
            end = k + 3;
            piece = new DatePiece(PieceKind.Day, 0, YearSource.Missing, s.Month(k + 2), day).WithYearOf(YearAfter(s, ref end));
            return piece.Source != YearSource.Explicit || DatePiece.ValidDay(piece.Year, piece.Month, day);
        }
        // ngày 28/4/2025, 28/4/2025, ngày 9/9, (9/9)
        return NumericDates.TryRead(s, k, dayFirst: true, out piece, out end, yearOptional: dayWord || prefix != DatePrefix.None);
    }

    static bool TryMonth(DateScan s, int j, out DatePiece piece, out int end)
    {
        piece = default;
        end = j + 2;
        // "6 tháng" is six months, not June.
        if (!s.IsWord(j, ViDateWords.MonthWord) || s.IsNumber(j - 1) || s.Month(j + 1) < 0)
            return false;
        piece = new DatePiece(PieceKind.Month, 0, YearSource.Missing, s.Month(j + 1)).WithYearOf(YearAfter(s, ref end));
        return true;
    }

    static bool TryYear(DateScan s, int j, DatePrefix prefix, out DatePiece piece, out int end)
    {
        piece = default;
        end = j + 1;
        if (s.IsWord(j, ViDateWords.YearWord))
        {
            if (!TryYearTail(s, j + 1, out piece, out end)) return false;
            // "hai năm sau", "những năm tới": a count of years, not a year.
            return piece.Source == YearSource.Explicit || !(s.IsNumber(j - 1) || Counts.Contains(s, j - 1));
        }
        int year = s.Year(j);
        if (year < 0 || s.IsWord(j + 1, ViDateWords.YearWord)) return false;
        piece = DatePiece.ExplicitYear(year);
        return prefix != DatePrefix.None || PrecededBy(s, j, YearIntroducers);
    }

    static bool PrecededBy(DateScan s, int j, PhraseTable<bool> table)
    {
        for (int back = 1; back <= 2 && j - back >= 0; back++)
            if (table.TryMatch(s, j - back, out _, out int end) && end == j)
                return true;
        return false;
    }

    static bool TryBareDayStart(DateScan s, int j, DatePrefix prefix, out DatePiece piece, out int end)
    {
        int k = s.IsWord(j, ViDateWords.DayWord) ? j + 1 : j;
        piece = default;
        end = k + 1;
        return s.Day(k, ordinalAllowed: false) > 0 && !s.IsSymbol(k + 1, '/')
            && (s.IsDash(k + 1) || (prefix == DatePrefix.From && RangeWords.Contains(s, k + 1)))
            && TryBareDay(s, j, out piece, out end);
    }

    static bool TryBareDay(DateScan s, int j, out DatePiece piece, out int end)
    {
        int k = s.IsWord(j, ViDateWords.DayWord) ? j + 1 : j;
        int day = s.Day(k, ordinalAllowed: false);
        piece = new DatePiece(PieceKind.Day, 0, YearSource.Missing, 0, day);
        end = k + 1;
        return day > 0;
    }
}

using Concord.Text.Languages.En;

namespace Concord.Text.Dates;

/// <summary>English dates: "April 28, 2025", "27-29 April 2025", "2025-04-28", "December 2023", "the summer of
/// this year", "the first quarter of 2026", "fiscal year 2026", "by the end of 2025", "2021-2025".</summary>
internal sealed class EnglishDateGrammar : IDateGrammar
{
    public static readonly EnglishDateGrammar Instance = new();

    static readonly PhraseTable<int> Months = new(EnDateWords.Months, Language.En);
    static readonly PhraseTable<int> Abbreviations = new(EnDateWords.MonthAbbreviations, Language.En);
    static readonly PhraseTable<int> Seasons = new(EnDateWords.Seasons, Language.En);
    static readonly PhraseTable<int> Ordinals = new(EnDateWords.Ordinals, Language.En);
    static readonly PhraseTable<int> Relatives = new(EnDateWords.Relatives, Language.En);
    static readonly PhraseTable<Edge> Edges = new(EnDateWords.Edges, Language.En);
    static readonly PhraseTable<Edge> EdgeAdjectives = new(EnDateWords.EdgeAdjectives, Language.En);
    static readonly PhraseTable<DatePrefix> Prefixes = new(EnDateWords.Prefixes, Language.En);
    static readonly PhraseTable<bool> RangeWords = Words(EnDateWords.RangeWords);
    static readonly PhraseTable<bool> YearIntroducers = Words(EnDateWords.YearIntroducers);
    static readonly PhraseTable<bool> YearWord = Words(EnDateWords.Year);
    static readonly PhraseTable<bool> FiscalWords = Words(EnDateWords.FiscalYear);
    static readonly PhraseTable<bool> Asap = Words(EnDateWords.Asap);
    static readonly PhraseTable<bool> Recurring = Words(EnDateWords.Recurring);
    static readonly PhraseTable<bool> Starters = Words(
        EnDateWords.Months.Select(m => m.Item1).Concat(EnDateWords.MonthAbbreviations.Select(m => m.Item1))
            .Concat(EnDateWords.Seasons.Select(s => s.Item1)).Concat(EnDateWords.Ordinals.Select(o => o.Item1))
            .Concat(EnDateWords.Relatives.Select(r => r.Item1)).Concat(EnDateWords.EdgeAdjectives.Select(e => e.Item1))
            .Concat(EnDateWords.Prefixes.Select(p => p.Item1)).Concat(EnDateWords.FiscalYear).Concat(EnDateWords.Asap)
            .Concat(EnDateWords.Recurring).Concat([EnDateWords.AsapLoose.Phrase, "the", "Q1", "Q2", "Q3", "Q4", "H1", "H2"]));

    static PhraseTable<bool> Words(IEnumerable<string> phrases) => new(phrases.Select(p => (p, true)), Language.En);

    public bool CanStart(DateScan s, int i) =>
        s.IsNumber(i) || (s.IsWordToken(i) && (Starters.StartsWith(s.Span(i)) || s.Span(i).StartsWith("FY", StringComparison.Ordinal)));

    public bool TryMatch(DateScan s, int i, out DateExpression e)
    {
        e = default;
        if (Asap.TryMatch(s, i, out _, out int end) || LooseAsap(s, i, out end))
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
        if (prefix == DatePrefix.Between && last is null) return false;
        if (prefix is DatePrefix.From or DatePrefix.Between && last is not null) prefix = DatePrefix.In;
        e = new(i, end, prefix, piece, last);
        return true;
    }

    static bool LooseAsap(DateScan s, int i, out int end)
    {
        end = i + 4;
        return s.IsWord(i, "as") && s.IsWord(i + 1, "soon") && s.IsWord(i + 2, "as") && s.IsWordToken(i + 3)
            && s.Span(i + 3).StartsWith(EnDateWords.AsapLoose.WordStart, StringComparison.OrdinalIgnoreCase);
    }

    static bool TryPeriod(DateScan s, int j, DatePrefix prefix, out DatePiece piece, out DatePiece? last, out int end)
    {
        last = null;
        if (!TryCore(s, j, prefix, out piece, out end)) return false;
        bool wordsJoin = prefix is DatePrefix.From or DatePrefix.Between || piece.Kind == PieceKind.Day;
        int k = end;
        if (s.IsDash(k) || (wordsJoin && RangeWords.Contains(s, k) && (prefix == DatePrefix.Between) == s.IsWord(k, "and")))
        {
            var first = piece;
            // The joining word introduces the second end as a preposition would: "2021-2025".
            if ((TryCore(s, k + 1, DatePrefix.In, out var second, out int end2) || TryBareDay(s, k + 1, out second, out end2))
                && RangeJoiner.TryJoin(ref first, ref second))
            {
                piece = first;
                last = second;
                end = end2;
            }
        }
        if (piece.Kind is PieceKind.Day or PieceKind.Month && piece.Source == YearSource.Missing && last is not null)
        {
            int comma = s.IsSymbol(end, ',') ? 1 : 0;
            int year = s.Year(end + comma);
            if (year > 0)
            {
                RangeJoiner.GiveYear(ref piece, ref last, year);
                end += comma + 1;
            }
        }
        return piece.Kind != PieceKind.Day || piece.Month != 0;
    }

    static bool TryCore(DateScan s, int j, DatePrefix prefix, out DatePiece piece, out int end) =>
        TryEdge(s, j, out piece, out end)
        || TryQuarterOrHalf(s, j, out piece, out end)
        || TrySeason(s, j, prefix, out piece, out end)
        || TryFiscal(s, j, out piece, out end)
        || TryDay(s, j, out piece, out end)
        || TryMonth(s, j, prefix, out piece, out end)
        || TryYear(s, j, prefix, out piece, out end)
        || (s.Day(j, ordinalAllowed: false) > 0 && (s.IsDash(j + 1) || (prefix is DatePrefix.From or DatePrefix.Between && RangeWords.Contains(s, j + 1)))
            && TryBareDay(s, j, out piece, out end));

    static bool TryBareDay(DateScan s, int j, out DatePiece piece, out int end)
    {
        int day = s.Day(j);
        piece = new DatePiece(PieceKind.Day, 0, YearSource.Missing, 0, day);
        end = j + 1;
        if (day < 0) return false;
        // "27-29 April": a day before a month is still a day of this range.
        if (TryMonthName(s, end, out int month, out int afterMonth))
        {
            piece = piece with { Month = month };
            end = afterMonth;
            TakeYear(s, ref piece, ref end);
        }
        return true;
    }

    static bool TryYearRef(DateScan s, int k, out DatePiece year, out int end)
    {
        end = k + 1;
        year = default;
        if (s.Year(k) > 0)
        {
            year = DatePiece.ExplicitYear(s.Year(k));
            return true;
        }
        if (s.IsWord(k, "the") && YearWord.TryMatch(s, k + 1, out _, out _) && s.Year(k + 2) > 0)
        {
            year = DatePiece.ExplicitYear(s.Year(k + 2));
            end = k + 3;
            return true;
        }
        if (Relatives.TryMatch(s, k, out int offset, out int afterRelative) && YearWord.TryMatch(s, afterRelative, out _, out end))
        {
            year = DatePiece.RelativeYear(offset);
            return true;
        }
        return false;
    }

    static bool TryEdge(DateScan s, int j, out DatePiece piece, out int end)
    {
        piece = default;
        end = j;
        int k = s.IsWord(j, "the") ? j + 1 : j;
        Edge edge;
        if (Edges.TryMatch(s, k, out edge, out int afterEdge) && s.IsWord(afterEdge, "of"))
        {
            k = afterEdge + 1;
        }
        else if (k == j && EdgeAdjectives.TryMatch(s, j, out edge, out afterEdge))
        {
            k = s.IsDash(afterEdge) && s.Glued(afterEdge) ? afterEdge + 1 : afterEdge;
        }
        else
        {
            return false;
        }
        if (TryFiscal(s, k, out piece, out end) || TryYearRef(s, k, out piece, out end)
            || TryMonth(s, k, DatePrefix.In, out piece, out end))
        {
            piece = piece with { Edge = edge };
            return true;
        }
        if (s.IsWord(k, "the") && YearWord.TryMatch(s, k + 1, out _, out end))
        {
            piece = DatePiece.RelativeYear(0) with { Edge = edge };
            return true;
        }
        return false;
    }

    static bool TryQuarterOrHalf(DateScan s, int j, out DatePiece piece, out int end)
    {
        piece = default;
        end = j;
        int k = s.IsWord(j, "the") ? j + 1 : j;
        int n;
        bool needsYear = false;
        if (Ordinals.TryMatch(s, k, out n, out int afterOrdinal)) k = afterOrdinal;
        else if (s.Number(k, 1, 1, ordinalAllowed: true) is >= 1 and <= 4 && s.Tokens[k].Ordinal) { n = s.Number(k, 1, 1, true); k++; }
        else if (s.IsWordToken(k) && s.Tokens[k].Length == 2 && s.Span(k)[0] is 'Q' or 'H' && s.Span(k)[1] is >= '1' and <= '4')
        {
            var code = s.Span(k);
            piece = new DatePiece(code[0] == 'Q' ? PieceKind.Quarter : PieceKind.Half, 0, YearSource.Missing, Index: code[1] - '0');
            if (piece.Kind == PieceKind.Half && piece.Index > 2) return false;
            k++;
            if (s.IsSymbol(k, '/') || (s.IsDash(k) && s.Glued(k - 1))) k++;
            if (!TryYearRef(s, k, out var codeYear, out end)) return false;
            piece = piece.WithYearOf(codeYear);
            return true;
        }
        else return false;

        if (s.IsWord(k, "quarter")) piece = new DatePiece(PieceKind.Quarter, 0, YearSource.Missing, Index: n == 9 ? 4 : n);
        else if (s.IsWord(k, "half")) { piece = new DatePiece(PieceKind.Half, 0, YearSource.Missing, Index: n == 9 ? 2 : n); needsYear = true; }
        else return false;
        if (piece.Index is < 1 or > 4 || (piece.Kind == PieceKind.Half && piece.Index > 2)) return false;
        end = k + 1;
        int y = s.IsWord(end, "of") ? end + 1 : end;
        if (TryYearRef(s, y, out var year, out int afterYear))
        {
            piece = piece.WithYearOf(year);
            end = afterYear;
            return true;
        }
        return !needsYear && !s.IsWord(end, "of");
    }

    static bool TrySeason(DateScan s, int j, DatePrefix prefix, out DatePiece piece, out int end)
    {
        piece = default;
        end = j;
        if (Relatives.TryMatch(s, j, out int offset, out int afterRelative) && Seasons.TryMatch(s, afterRelative, out int season, out end))
        {
            piece = new DatePiece(PieceKind.Season, offset, YearSource.Relative, Index: season);
            return true;
        }
        bool the = s.IsWord(j, "the");
        int k = the ? j + 1 : j;
        if (!Seasons.TryMatch(s, k, out season, out end)) return false;
        piece = new DatePiece(PieceKind.Season, 0, YearSource.Missing, Index: season);
        int y = s.IsWord(end, "of") ? end + 1 : end;
        if (TryYearRef(s, y, out var year, out int afterYear))
        {
            piece = piece.WithYearOf(year);
            end = afterYear;
            return true;
        }
        // A season alone is this year's only when plainly a time: "in summer", "the summer"; never "fall".
        return s.IsLowerInitial(k) && !s.IsWord(k, "fall") && (the || prefix != DatePrefix.None) && !s.IsWord(end, "of");
    }

    static bool TryFiscal(DateScan s, int j, out DatePiece piece, out int end)
    {
        piece = default;
        end = j;
        int k = s.IsWord(j, "the") ? j + 1 : j;
        if (Relatives.TryMatch(s, k, out int offset, out int afterRelative) && FiscalWords.TryMatch(s, afterRelative, out _, out end)
            && !(end == afterRelative + 1 && s.IsWord(afterRelative, "fiscal")))
        {
            piece = new DatePiece(PieceKind.FiscalYear, offset, YearSource.Relative);
            return true;
        }
        if (s.IsWordToken(k) && s.Tokens[k].Length == 6 && s.Span(k).StartsWith("FY", StringComparison.Ordinal)
            && int.TryParse(s.Span(k)[2..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int glued)
            && glued is >= 1900 and <= 2199)
        {
            piece = new DatePiece(PieceKind.FiscalYear, glued, YearSource.Explicit);
            end = k + 1;
            return true;
        }
        if (FiscalWords.TryMatch(s, k, out _, out int afterWords) && (!s.IsWord(k, "FY") || s.IsWordExact(k, "FY")))
        {
            int y = s.IsDash(afterWords) ? afterWords + 1 : afterWords;
            if (s.Year(y) > 0)
            {
                piece = new DatePiece(PieceKind.FiscalYear, s.Year(y), YearSource.Explicit);
                end = y + 1;
                return true;
            }
        }
        if (s.Year(k) > 0 && FiscalWords.TryMatch(s, k + 1, out _, out end) && !s.IsWordExact(k + 1, "FY"))
        {
            piece = new DatePiece(PieceKind.FiscalYear, s.Year(k), YearSource.Explicit);
            return true;
        }
        return false;
    }

    static bool TryMonthName(DateScan s, int k, out int month, out int end)
    {
        if (Months.TryMatch(s, k, out month, out end) && s.IsUpperInitial(k)) return true;
        if (Abbreviations.TryMatch(s, k, out month, out end) && s.IsUpperInitial(k))
        {
            if (s.IsSymbol(end, '.') && s.Glued(end - 1)) end++;
            return true;
        }
        return false;
    }

    static void TakeYear(DateScan s, ref DatePiece piece, ref int end)
    {
        int comma = s.IsSymbol(end, ',') ? 1 : 0;
        int year = s.Year(end + comma);
        if (year > 0 && DatePiece.ValidDay(year, piece.Month, piece.Day == 0 ? 1 : piece.Day))
        {
            piece = piece with { Year = year, Source = YearSource.Explicit };
            end += comma + 1;
        }
    }

    static bool TryDay(DateScan s, int j, out DatePiece piece, out int end)
    {
        piece = default;
        end = j;
        // April 28, 2025 / April 28
        if (TryMonthName(s, j, out int month, out int k) && s.Day(k) > 0 && !NumericDates.IsTime(s, k))
        {
            piece = new DatePiece(PieceKind.Day, 0, YearSource.Missing, month, s.Day(k));
            end = k + 1;
            if (!DatePiece.ValidDay(0, month, piece.Day)) return false;
            TakeYear(s, ref piece, ref end);
            return true;
        }
        int day = s.Day(j);
        if (day < 0)
        {
            return NumericDates.TryRead(s, j, dayFirst: false, out piece, out end);
        }
        // 28 April 2025 / 28th of April
        k = s.IsWord(j + 1, "of") ? j + 2 : j + 1;
        if (TryMonthName(s, k, out month, out end))
        {
            piece = new DatePiece(PieceKind.Day, 0, YearSource.Missing, month, day);
            if (!DatePiece.ValidDay(0, month, day)) return false;
            TakeYear(s, ref piece, ref end);
            return true;
        }
        return NumericDates.TryRead(s, j, dayFirst: false, out piece, out end);
    }

    static bool TryMonth(DateScan s, int j, DatePrefix prefix, out DatePiece piece, out int end)
    {
        piece = default;
        if (!TryMonthName(s, j, out int month, out end)) return false;
        piece = new DatePiece(PieceKind.Month, 0, YearSource.Missing, month);
        int comma = s.IsSymbol(end, ',') ? 1 : 0;
        if (s.Year(end + comma) > 0)
        {
            piece = piece with { Year = s.Year(end + comma), Source = YearSource.Explicit };
            end += comma + 1;
            return true;
        }
        int y = s.IsWord(end, "of") ? end + 1 : end;
        if (TryYearRef(s, y, out var year, out int afterYear))
        {
            piece = piece.WithYearOf(year);
            end = afterYear;
            return true;
        }
        // "in December": a full month name after a preposition is this year's month; "February 30" is no date at all.
        return prefix != DatePrefix.None && Months.Contains(s, j) && s.Number(end, 1, 2, ordinalAllowed: true) < 0;
    }

    static bool TryYear(DateScan s, int j, DatePrefix prefix, out DatePiece piece, out int end)
    {
        if (TryYearRef(s, j, out piece, out end) && (piece.Source == YearSource.Relative || end > j + 1)) return true;
        int year = s.Year(j);
        if (year < 0) return false;
        piece = DatePiece.ExplicitYear(year);
        end = j + 1;
        if (prefix != DatePrefix.None) return true;
        bool nextPlain = j + 1 >= s.Count || s.IsLowerInitial(j + 1) || s.IsDash(j + 1) || s.SymbolAt(j + 1) is ',' or '.' or ';';
        if (YearIntroducers.Contains(s, j - 1) && s.IsLowerInitial(j - 1)) return true;
        if (s.IsWordExact(j - 1, "the") || s.IsWordExact(j - 1, "The")) return s.IsLowerInitial(j + 1) || s.IsDash(j + 1);
        return s.StartsClause(j) && nextPlain;
    }
}

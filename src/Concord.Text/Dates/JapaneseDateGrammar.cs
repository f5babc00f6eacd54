using Concord.Text.Languages.Ja;

namespace Concord.Text.Dates;

/// <summary>Japanese dates: "2025年4月28日", "4月27日から29日まで", "2023年12月", "2025年", "令和7年", "今年の夏",
/// "2026年第1四半期", "2025年下半期", "2025年末", "2026年度", "2030年までに", "9月9日". The words that tie a period
/// to the sentence come after it ("までに", "中に", "から").</summary>
internal sealed class JapaneseDateGrammar : IDateGrammar
{
    public static readonly JapaneseDateGrammar Instance = new();

    static readonly PhraseTable<int> Eras = new(JaDateWords.Eras, Language.Ja);
    static readonly PhraseTable<int> RelativeYears = new(JaDateWords.RelativeYears, Language.Ja);
    static readonly PhraseTable<int> RelativeFiscalYears = new(JaDateWords.RelativeFiscalYears, Language.Ja);
    static readonly PhraseTable<int> Seasons = new(JaDateWords.Seasons, Language.Ja);
    static readonly PhraseTable<(int, int)> RelativeSeasons = new(JaDateWords.RelativeSeasons, Language.Ja);
    static readonly PhraseTable<bool> SeasonFollowers = Words(JaDateWords.SeasonFollowers);
    static readonly PhraseTable<int> KanjiDigits = new(JaDateWords.KanjiDigits, Language.Ja);
    static readonly PhraseTable<bool> QuarterMark = Words(JaDateWords.QuarterMark);
    static readonly PhraseTable<bool> Quarter = Words(JaDateWords.Quarter);
    static readonly PhraseTable<int> Halves = new(JaDateWords.Halves, Language.Ja);
    static readonly PhraseTable<Edge> YearEdges = new(JaDateWords.YearEdges, Language.Ja);
    static readonly PhraseTable<Edge> MonthEdges = new(JaDateWords.MonthEdges, Language.Ja);
    static readonly PhraseTable<(bool Fiscal, Edge Edge, DatePrefix Prefix)> StandaloneEdges = new(JaDateWords.StandaloneEdges, Language.Ja);
    static readonly PhraseTable<DatePrefix> Suffixes = new(JaDateWords.Suffixes, Language.Ja);
    static readonly PhraseTable<bool> About = Words(JaDateWords.About);
    static readonly PhraseTable<bool> RangeWords = Words(JaDateWords.RangeWords);
    static readonly PhraseTable<bool> NamesAfterYear = Words(JaDateWords.NamesAfterYear);
    static readonly PhraseTable<bool> Asap = Words(JaDateWords.Asap);
    static readonly PhraseTable<bool> Recurring = Words(JaDateWords.Recurring);
    static readonly PhraseTable<bool> Starters = Words(
        JaDateWords.Eras.Select(e => e.Item1).Concat(JaDateWords.RelativeYears.Select(r => r.Item1))
            .Concat(JaDateWords.RelativeFiscalYears.Select(r => r.Item1)).Concat(JaDateWords.Seasons.Select(s => s.Item1))
            .Concat(JaDateWords.RelativeSeasons.Select(r => r.Item1)).Concat(JaDateWords.QuarterMark)
            .Concat(JaDateWords.Halves.Select(h => h.Item1)).Concat(JaDateWords.StandaloneEdges.Select(e => e.Item1))
            .Concat(JaDateWords.Asap).Concat(JaDateWords.Recurring));

    static PhraseTable<bool> Words(IEnumerable<string> phrases) => new(phrases.Select(p => (p, true)), Language.Ja);

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
        if (!TryCore(s, i, out var piece, out var prefix, out end)) return false;
        DatePiece? last = null;
        if (s.IsDash(end) || RangeWords.Contains(s, end))
        {
            int k = RangeWords.TryMatch(s, end, out _, out int afterWord) ? afterWord : end + 1;
            var first = piece;
            if ((TryCore(s, k, out var second, out _, out int end2) || TryBareDay(s, k, out second, out end2))
                && RangeJoiner.TryJoin(ref first, ref second))
            {
                (piece, last, end) = (first, second, end2);
                // "4月27日から29日まで": the まで closes the range.
                if (s.IsWord(end, "ま") && s.IsWord(end + 1, "で") && !s.IsWord(end + 2, "に")) end += 2;
            }
        }
        if (piece.Kind == PieceKind.Day && piece.Month == 0) return false;
        if (About.TryMatch(s, end, out _, out int afterAbout)) end = afterAbout;
        if (prefix == DatePrefix.None && Suffixes.TryMatch(s, end, out var suffix, out int afterSuffix)
            && !(suffix == DatePrefix.From && last is not null))
        {
            prefix = suffix;
            end = afterSuffix;
        }
        e = new(i, end, prefix, piece, last);
        return true;
    }

    static bool TryCore(DateScan s, int j, out DatePiece piece, out DatePrefix prefix, out int end)
    {
        prefix = DatePrefix.None;
        piece = default;
        if (RelativeFiscalYears.TryMatch(s, j, out int offset, out end))
        {
            piece = new DatePiece(PieceKind.FiscalYear, offset, YearSource.Relative);
            return EdgeOf(s, ref piece, ref end);
        }
        if (StandaloneEdges.TryMatch(s, j, out var standalone, out end))
        {
            piece = new DatePiece(standalone.Fiscal ? PieceKind.FiscalYear : PieceKind.Year, 0, YearSource.Missing, Edge: standalone.Edge);
            prefix = standalone.Prefix;
            return true;
        }
        if (RelativeSeasons.TryMatch(s, j, out var season, out end))
        {
            piece = new DatePiece(PieceKind.Season, season.Item1, YearSource.Relative, Index: season.Item2);
            return true;
        }
        if (TryYear(s, j, out var year, out end))
        {
            if (s.IsWord(end, JaDateWords.Fiscal))
            {
                piece = new DatePiece(PieceKind.FiscalYear, 0, YearSource.Missing).WithYearOf(year);
                end++;
                return EdgeOf(s, ref piece, ref end);
            }
            int k = s.IsWord(end, JaDateWords.Of) ? end + 1 : end;
            if (TryPartOfYear(s, k, year, out piece, out int afterPart))
            {
                end = afterPart;
                return true;
            }
            piece = year;
            return EdgeOf(s, ref piece, ref end);
        }
        if (TryPartOfYear(s, j, DatePiece.MissingYear(), out piece, out end))
            return piece.Kind != PieceKind.Half || !(s.IsWord(j, "前") || s.IsWord(j, "後"));
        // "2021～2025年": the first end of a range of years, its 年 written once.
        if (s.Year(j) > 0 && s.IsDash(j + 1))
        {
            piece = DatePiece.ExplicitYear(s.Year(j));
            end = j + 1;
            return true;
        }
        return false;
    }

    /// <summary>"2025年", "令和7年", "今年"; not "2025年日本国際博覧会", a name.</summary>
    static bool TryYear(DateScan s, int j, out DatePiece year, out int end)
    {
        year = default;
        if (RelativeYears.TryMatch(s, j, out int offset, out end))
        {
            year = DatePiece.RelativeYear(offset);
            return true;
        }
        int value = s.Year(j);
        int k = j + 1;
        if (value < 0 && Eras.TryMatch(s, j, out int era, out int afterEra) && s.Number(afterEra, 1, 2) > 0)
        {
            value = era + s.Number(afterEra, 1, 2);
            k = afterEra + 1;
        }
        if (value < 0 || !s.IsWord(k, JaDateWords.Year) || NamesAfterYear.Contains(s, k + 1) || s.IsWord(k + 1, "間")) return false;
        year = DatePiece.ExplicitYear(value);
        end = k + 1;
        return true;
    }

    /// <summary>What may follow a year: a month, a day, a season, a quarter or a half.</summary>
    static bool TryPartOfYear(DateScan s, int k, DatePiece year, out DatePiece piece, out int end)
    {
        piece = default;
        end = k;
        int month = s.Month(k);
        if (month > 0 && s.IsWord(k + 1, JaDateWords.Month))
        {
            end = k + 2;
            int day = s.Day(end, ordinalAllowed: false);
            if (day > 0 && s.IsWord(end + 1, JaDateWords.Day))
            {
                piece = new DatePiece(PieceKind.Day, 0, YearSource.Missing, month, day).WithYearOf(year);
                end += 2;
                return DatePiece.ValidDay(year.Source == YearSource.Explicit ? year.Year : 0, month, day);
            }
            piece = new DatePiece(PieceKind.Month, 0, YearSource.Missing, month).WithYearOf(year);
            if (MonthEdges.TryMatch(s, end, out var edge, out int afterEdge))
            {
                piece = piece with { Edge = edge };
                end = afterEdge;
            }
            return true;
        }
        if (Seasons.TryMatch(s, k, out int season, out end)
            && (year.Source != YearSource.Missing || (SeasonFollowers.Contains(s, end) && !IsKanji(s, k - 1))))
        {
            piece = new DatePiece(PieceKind.Season, 0, YearSource.Missing, Index: season).WithYearOf(year);
            return true;
        }
        if (QuarterMark.TryMatch(s, k, out _, out int n) && Quarter.Contains(s, n + 1))
        {
            int quarter = s.Number(n, 1, 1);
            if (quarter < 0 && KanjiDigits.TryMatch(s, n, out int kanji, out _)) quarter = kanji;
            if (quarter is < 1 or > 4 || !Quarter.TryMatch(s, n + 1, out _, out end)) return false;
            piece = new DatePiece(PieceKind.Quarter, 0, YearSource.Missing, Index: quarter).WithYearOf(year);
            return true;
        }
        if (Halves.TryMatch(s, k, out int half, out end))
        {
            piece = new DatePiece(PieceKind.Half, 0, YearSource.Missing, Index: half).WithYearOf(year);
            return true;
        }
        return false;
    }

    /// <summary>"末", "初め" after a year or fiscal year.</summary>
    static bool EdgeOf(DateScan s, ref DatePiece piece, ref int end)
    {
        if (YearEdges.TryMatch(s, end, out var edge, out int afterEdge))
        {
            piece = piece with { Edge = edge };
            end = afterEdge;
        }
        return true;
    }

    static bool TryBareDay(DateScan s, int k, out DatePiece piece, out int end)
    {
        int day = s.Day(k, ordinalAllowed: false);
        piece = new DatePiece(PieceKind.Day, 0, YearSource.Missing, 0, day);
        end = k + 2;
        return day > 0 && s.IsWord(k + 1, JaDateWords.Day);
    }

    static bool IsKanji(DateScan s, int i) =>
        s.IsWordToken(i) && s.Tokens[i].Length == 1 && s.Text[s.Tokens[i].Start] is >= '\u4E00' and <= '\u9FFF';
}

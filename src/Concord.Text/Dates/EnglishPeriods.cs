using Concord.Text.Languages.En;

namespace Concord.Text.Dates;

/// <summary>English periods other than days and months: "2025", "this year", "the first quarter of 2026", "Q1 2026",
/// "the second half of 2025", "the summer of this year", "this autumn", "fiscal year 2026", "FY2026".</summary>
internal static class EnglishPeriods
{
    static readonly DatePhraseTable<int> Seasons = new(EnDateWords.Seasons, Language.En);
    static readonly DatePhraseTable<int> Ordinals = new(EnDateWords.Ordinals, Language.En);
    static readonly DatePhraseTable<int> Relatives = new(EnDateWords.Relatives, Language.En);
    public static readonly DatePhraseTable<bool> YearWord = Words(EnDateWords.Year);
    static readonly DatePhraseTable<bool> FiscalWords = Words(EnDateWords.FiscalYear);

    static DatePhraseTable<bool> Words(IEnumerable<string> phrases) => new(phrases.Select(p => (p, true)), Language.En);

    /// <summary>"2025", "the year 2025", "this year", "next year": a year piece.</summary>
    public static bool TryYearRef(DateScan s, int k, out DatePiece year, out int end)
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

    public static bool TryQuarterOrHalf(DateScan s, int j, out DatePiece piece, out int end)
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

    public static bool TrySeason(DateScan s, int j, DatePrefix prefix, out DatePiece piece, out int end)
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

    public static bool TryFiscal(DateScan s, int j, out DatePiece piece, out int end)
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
}

namespace Concord.Text.Dates;

/// <summary>Dates written in digits, shared by the languages that write them alike.</summary>
internal static class NumericDates
{
    /// <summary>"10:30": an hour, not a day.</summary>
    public static bool IsTime(DateScan s, int k) => s.Glued(k) && s.IsSymbol(k + 1, ':');

    /// <summary>2025-04-28, 28/4/2025, and a day and month in brackets, (9/9), or where
    /// <paramref name="yearOptional"/> says a day is meant ("ngày 9/9"). Numeric dates are read day
    /// first; in English, unless the second number cannot be a month: 4/28/2025 is 28 April.</summary>
    public static bool TryRead(DateScan s, int j, bool dayFirst, out DatePiece piece, out int end, bool yearOptional = false)
    {
        piece = default;
        end = j;
        int year = s.Year(j);
        if (year > 0 && s.Glued(j) && s.SymbolAt(j + 1) is '-' or '/' && s.Glued(j + 1) && s.Glued(j + 2) && s.SymbolAt(j + 3) == s.SymbolAt(j + 1)
            && s.Glued(j + 3) && s.Month(j + 2) > 0 && s.Day(j + 4, false) > 0 && DatePiece.ValidDay(year, s.Month(j + 2), s.Day(j + 4, false)))
        {
            piece = new DatePiece(PieceKind.Day, year, YearSource.Explicit, s.Month(j + 2), s.Day(j + 4, false));
            end = j + 5;
            return true;
        }
        int a = s.Number(j), b = s.Number(j + 2);
        if (a < 1 || b < 1 || !s.IsSymbol(j + 1, '/') || !s.Glued(j) || !s.Glued(j + 1)) return false;
        (int d, int m) = dayFirst || a > 12 || b <= 12 ? (a, b) : (b, a);
        if (s.IsSymbol(j + 3, '/') && s.Glued(j + 2) && s.Glued(j + 3) && s.Year(j + 4) > 0)
        {
            if (!DatePiece.ValidDay(s.Year(j + 4), m, d)) return false;
            piece = new DatePiece(PieceKind.Day, s.Year(j + 4), YearSource.Explicit, m, d);
            end = j + 5;
            return true;
        }
        if ((yearOptional || (s.IsSymbol(j - 1, '(') && s.IsSymbol(j + 3, ')'))) && !s.IsSymbol(j + 3, '/') && DatePiece.ValidDay(0, m, d))
        {
            piece = new DatePiece(PieceKind.Day, 0, YearSource.Missing, m, d);
            end = j + 3;
            return true;
        }
        return false;
    }
}

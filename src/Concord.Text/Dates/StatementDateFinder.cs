namespace Concord.Text.Dates;

public static class StatementDateFinder
{
    /// <summary>How far into the text the date is looked for: a statement says its date near the top.</summary>
    const int Window = 2000;

    static readonly string[] HeaderWords = ["date", "dated", "ngày", "日付", "発表日"];

    /// <summary>The date a statement or article was issued, when its text says it: "date 2025-04-28",
    /// "Hà Nội, ngày 28 tháng 4 năm 2025", "April 28, 2025". In order: a date header at the very start; a
    /// place-and-date line ("Tokyo, April 28, 2025"); the first whole single day (day, month and year, not one
    /// end of a range) within the first 2,000 characters. Null when none.</summary>
    public static DateOnly? Find(string text, Language language)
    {
        if (string.IsNullOrEmpty(text)) return null;
        int limit = Math.Min(text.Length, Window);
        // Do not cut a date in two at the window's edge.
        while (limit < text.Length && limit < Window + 40 && !char.IsWhiteSpace(text[limit])) limit++;
        var days = DateRecognizer.Recognize(text, new TextSpan(0, limit), language, new DateContext(null))
            .Where(d => d.Precision == DatePrecision.Day && d.Start is not null && d.Start == d.End && d.Reading is not null)
            .ToList();
        foreach (var day in days)
        {
            if (IsHeader(text, day.Span) || IsPlaceLine(text, day.Span))
                return day.Start;
        }
        return days.Count > 0 ? days[0].Start : null;
    }

    /// <summary>Nothing before the date but white space and, maybe, a word such as "date" or "Ngày:".</summary>
    static bool IsHeader(string text, TextSpan span)
    {
        var before = text.AsSpan(0, span.Start).Trim().TrimEnd(':').TrimEnd();
        if (before.IsEmpty) return true;
        foreach (var word in HeaderWords)
            if (before.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>A short line that ends with the date, with at most a place and a comma before it.</summary>
    static bool IsPlaceLine(string text, TextSpan span)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
        int lineEnd = text.IndexOf('\n', span.End);
        if (lineEnd < 0) lineEnd = text.Length;
        if (lineEnd - lineStart > 120) return false;
        var after = text.AsSpan(span.End, lineEnd - span.End).Trim().TrimEnd('.');
        if (!after.IsEmpty) return false;
        var before = text.AsSpan(lineStart, span.Start - lineStart).Trim();
        if (before.IsEmpty) return true;
        if (before[^1] != ',' && before[^1] != '、') return false;
        foreach (char c in before)
            if (char.IsDigit(c)) return false;
        return true;
    }
}

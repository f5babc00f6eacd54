using Concord.Text.Segmentation;

namespace Concord.Text.Dates;

public static class DateRecognizer
{
    /// <summary>Finds the dates within <paramref name="range"/> of <paramref name="text"/>; spans are offsets into <paramref name="text"/>.
    /// One pass over the paragraph's tokens; the sentence of each date is read for its role and fiscal convention.</summary>
    public static IReadOnlyList<DateMention> Recognize(string text, TextSpan range, Language language, DateContext context)
    {
        if (string.IsNullOrEmpty(text)) return [];
        int from = Math.Clamp(range.Start, 0, text.Length);
        var paragraph = new TextSpan(from, Math.Clamp(range.End, from, text.Length));
        var dates = DateLanguage.For(language);
        var scan = new DateScan(text, DateTokenizer.Tokenize(text, paragraph, language), language);
        var expressions = Find(scan, dates);
        if (expressions.Count == 0) return [];

        var sentences = SentenceSplitter.Split(text, paragraph);
        var mentions = new List<DateMention>(expressions.Count);
        SentenceCues? paragraphCues = null;
        SentenceCues ParagraphCues() => paragraphCues ??= SentenceCues.Of(scan, dates, 0, scan.Count);
        int sentence = -1, cursor = 0;
        var cues = default(SentenceCues);
        foreach (var e in expressions)
        {
            int at = scan.StartOf(e.First);
            if (sentence < 0 || (sentence < sentences.Count - 1 && sentences[sentence].End <= at))
            {
                // Sentences and tokens both run forward: each token is passed over once.
                do sentence++; while (sentence < sentences.Count - 1 && sentences[sentence].End <= at);
                var bounds = sentence < sentences.Count ? sentences[sentence] : paragraph;
                while (cursor < scan.Count && scan.StartOf(cursor) < bounds.Start) cursor++;
                int first = cursor;
                while (cursor < scan.Count && scan.StartOf(cursor) < bounds.End) cursor++;
                cues = SentenceCues.Of(scan, dates, first, cursor);
            }
            mentions.Add(DateMentionBuilder.Build(scan, dates, e, context?.StatementDate, cues, ParagraphCues));
        }
        return mentions;
    }

    static List<DateExpression> Find(DateScan scan, DateLanguage dates)
    {
        var found = new List<DateExpression>();
        int previousEnd = 0;
        for (int i = 0; i < scan.Count;)
        {
            if (dates.Grammar.CanStart(scan, i) && dates.Grammar.TryMatch(scan, i, out var e) && e.End > i)
            {
                if (e.Special == DatePrecision.Recurring && found.Count > 0 && found[^1].End == e.First
                    && found[^1] is { Special: null, Last: null, Piece: { Source: YearSource.Missing, Kind: PieceKind.Day or PieceKind.Month } } yearless)
                {
                    // "on August 8 every year": one recurring date, not a day of the statement's year.
                    found[^1] = e with { First = yearless.First, Piece = yearless.Piece, Prefix = yearless.Prefix };
                }
                else if (e.Special != DatePrecision.Recurring || !IsRate(scan, dates, e, previousEnd))
                {
                    found.Add(e);
                }
                previousEnd = i = e.End;
                continue;
            }
            i++;
        }
        return found;
    }

    /// <summary>"2 million tourists per year", "2 triệu lượt khách mỗi năm": a number just before or after makes
    /// "annually", "mỗi năm" the rate of a quantity, which the quantity recognizer reads; not a date.</summary>
    static bool IsRate(DateScan s, DateLanguage dates, DateExpression e, int previousEnd)
    {
        if (!dates.Rates.Contains(s, e.First)) return false;
        for (int i = e.First - 1; i >= previousEnd && i >= e.First - dates.RateWindow; i--)
        {
            if (s.IsSymbol(i) && !s.IsDash(i)) break;
            if (s.IsNumber(i) || dates.NumberWords.Contains(s, i)) return true;
        }
        for (int i = e.End; i < s.Count && i < e.End + 3; i++)
        {
            if (s.SymbolAt(i) is '.' or ';' or '。') break;
            if (s.IsNumber(i) || dates.NumberWords.Contains(s, i)) return true;
        }
        return false;
    }
}

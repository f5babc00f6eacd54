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

        var sentenceStarts = SentenceStarts(scan);
        var mentions = new List<DateMention>(expressions.Count);
        SentenceCues? paragraphCues = null;
        SentenceCues ParagraphCues() => paragraphCues ??= SentenceCues.Of(scan, dates, 0, scan.Count);
        int sentence = -1;
        var cues = default(SentenceCues);
        foreach (var e in expressions)
        {
            if (sentence < 0 || e.First >= sentenceStarts[sentence + 1])
            {
                do sentence++; while (e.First >= sentenceStarts[sentence + 1]);
                cues = SentenceCues.Of(scan, dates, sentenceStarts[sentence], sentenceStarts[sentence + 1]);
            }
            mentions.Add(DateMentionBuilder.Build(scan, dates, e, context?.StatementDate, cues, ParagraphCues));
        }
        return mentions;
    }

    static List<DateExpression> Find(DateScan scan, DateLanguage dates)
    {
        var found = new List<DateExpression>();
        var lexicon = dates.Grammar.Lexicon;
        var starts = new bool[scan.Count];
        int nextAnchor = int.MaxValue;
        for (int i = scan.Count - 1; i >= 0; i--)
        {
            var kind = lexicon.Classify(scan, i);
            if ((kind & DateWordClass.Anchor) != 0) nextAnchor = i;
            starts[i] = (kind & DateWordClass.Starter) != 0 && nextAnchor - i <= lexicon.Window;
        }
        int previousEnd = 0;
        for (int i = 0; i < scan.Count;)
        {
            if (starts[i] && dates.Grammar.TryMatch(scan, i, out var e) && e.End > i)
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

    static readonly string[] Abbreviations = ["No", "Nos", "Mr", "Mrs", "Ms", "Dr", "St", "etc", "vs", "Co", "Ltd", "Inc", "TP", "Tp", "ThS", "TS", "GS"];

    /// <summary>The first token of each sentence, and the token count at the end: a sentence ends at a full
    /// stop (or 。！？) followed by a space and a capital, a digit or a bracket, unless it closes an
    /// abbreviation ("No.", "Mr.") or an initial.</summary>
    static List<int> SentenceStarts(DateScan s)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i + 1 < s.Count; i++)
        {
            char c = s.SymbolAt(i);
            bool end = c is '。' or '！' or '？'
                || (c is '.' or '!' or '?' or '…' && !s.Glued(i) && StartsSentence(s, i + 1) && !Abbreviated(s, i - 1));
            if (end) starts.Add(i + 1);
        }
        starts.Add(s.Count);
        return starts;
    }

    static bool StartsSentence(DateScan s, int i) =>
        s.IsUpperInitial(i) || s.IsNumber(i) || s.SymbolAt(i) is '"' or '“' or '\'' or '‘' or '(' or '[' or '«';

    static bool Abbreviated(DateScan s, int word)
    {
        if (!s.IsWordToken(word) || !s.Glued(word)) return false;
        var span = s.Span(word);
        if (span.Length == 1 && char.IsUpper(span[0])) return true;
        foreach (var abbreviation in Abbreviations)
            if (span.SequenceEqual(abbreviation)) return true;
        return false;
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

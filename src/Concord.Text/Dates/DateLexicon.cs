namespace Concord.Text.Dates;

[Flags]
internal enum DateWordClass : byte
{
    None = 0,
    /// <summary>May begin an expression: "by", "the", "April", "ngày", "今年".</summary>
    Starter = 1,
    /// <summary>No expression is without one: a number, a month, "year", "năm", 年, "soon".</summary>
    Anchor = 2,
}

/// <summary>One look-up per token says whether a date may start there: a starter with an anchor a few tokens
/// on. Most words are neither, so most of a paragraph is passed over at the cost of a hash look-up.</summary>
internal sealed class DateLexicon
{
    readonly WordLookup<DateWordClass> words;

    /// <param name="starters">Phrases whose first word may begin an expression.</param>
    /// <param name="anchors">Words one of which every expression has, numbers aside.</param>
    /// <param name="window">How many tokens after a starter its anchor may be.</param>
    public DateLexicon(IEnumerable<string> starters, IEnumerable<string> anchors, int window, Language language)
    {
        Window = window;
        var firstWords = starters.Select(p => language == Language.Ja ? p[..1] : p.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);
        words = new WordLookup<DateWordClass>(
            firstWords.Select(w => (w, DateWordClass.Starter)).Concat(anchors.Select(w => (w, DateWordClass.Anchor))),
            (a, b) => a | b);
    }

    public int Window { get; }

    public DateWordClass Classify(DateScan s, int i)
    {
        var token = s.Tokens[i];
        if (token.Kind == DateTokenKind.Number) return DateWordClass.Starter | DateWordClass.Anchor;
        if (token.Kind != DateTokenKind.Word) return DateWordClass.None;
        var word = s.Span(i);
        if (words.TryGet(word, out var found)) return found;
        // "FY2026": a fiscal year glued to its year.
        return word.Length == 6 && word.StartsWith("FY", StringComparison.Ordinal) ? DateWordClass.Starter | DateWordClass.Anchor : DateWordClass.None;
    }
}

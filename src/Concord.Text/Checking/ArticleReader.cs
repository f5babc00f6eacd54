using Concord.Text.Dates;
using Concord.Text.Extraction;
using Concord.Text.Languages;

namespace Concord.Text.Checking;

/// <summary>Reads a news article as the text core reads a statement: the outline parser sets aside the site's
/// chrome, the title, captions, bylines, reference lists and the teasers after the article's end; what is left
/// is the body, one item per paragraph, with its quantities, dates, names and clauses.</summary>
internal static class ArticleReader
{
    const int DatelineChars = 200;

    /// <param name="text">Normalised text.</param>
    /// <param name="statementDate">Read the article's dates against this when the article has no date of its own:
    /// a report of a statement is written around its date.</param>
    public static (ExtractedDocument Document, CheckedArticle Article) Read(string text, CheckOptions options, DateOnly? statementDate)
    {
        var language = options.Language ?? LanguageDetector.Detect(text);
        // Only a dateline counts as the article's own date: further down, a date is a caption's or a story's.
        var own = options.Date ?? StatementDateFinder.Find(text[..Math.Min(text.Length, DatelineChars)], language);
        // Its "April 28" is read against its own date when given, else against the statement it reports on.
        var context = options.Date ?? statementDate ?? own;
        var document = StatementExtractor.Extract(text, new ExtractOptions(options.Source, language, context));
        var body = new List<TextSpan>();
        foreach (var item in document.Items)
            foreach (var p in item.Outline.Paragraphs)
                body.Add(p);
        return (document, new CheckedArticle(options.Source, text, language, document.Title, own, body));
    }
}

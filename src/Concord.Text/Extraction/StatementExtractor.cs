using Concord.Text.Clauses;
using Concord.Text.Dates;
using Concord.Text.Entities;
using Concord.Text.Outline;
using Concord.Text.Parties;
using Concord.Text.Quantities;

namespace Concord.Text.Extraction;

/// <summary>The whole pipeline: outline, the statement's date and parties, then clauses, quantities, dates and
/// entities of every item.</summary>
public static class StatementExtractor
{
    /// <param name="text">Normalised text (see <see cref="Normalization.TextNormalizer"/>).</param>
    public static ExtractedDocument Extract(string text, ExtractOptions options)
    {
        var outline = OutlineParser.Parse(text, options.Language);
        var language = outline.Language;
        var date = options.Date ?? StatementDateFinder.Find(text, language);
        var context = new DateContext(date);
        var parties = options.Parties is { Count: > 0 } given ? given : PartyFinder.Find(text, language, outline.Title);
        var lexicon = ClauseLexicon.For(language, parties, text);
        var items = new List<ExtractedItem>(outline.Items.Count);
        foreach (var item in outline.Items)
        {
            var clauses = new List<Clause>();
            var quantities = new List<Quantity>();
            var dates = new List<DateMention>();
            var entities = new List<Entity>();
            foreach (var paragraph in item.Paragraphs)
            {
                clauses.AddRange(ClauseRecognizer.Recognize(text, paragraph, lexicon));
                quantities.AddRange(QuantityRecognizer.Recognize(text, paragraph, language));
                dates.AddRange(DateRecognizer.Recognize(text, paragraph, language, context));
                entities.AddRange(EntityRecognizer.Recognize(text, paragraph, language, item.Kind));
            }
            items.Add(new ExtractedItem(item, item.TextOf(text), clauses, quantities, dates, entities));
        }
        return new ExtractedDocument(options.Source, text, language, outline.Title, date, items, outline.Noise, outline.Diagnostics)
        {
            Parties = parties,
        };
    }
}

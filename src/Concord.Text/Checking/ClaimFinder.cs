using Concord.Text.Clauses;
using Concord.Text.Dates;
using Concord.Text.Entities;
using Concord.Text.Extraction;
using Concord.Text.Quantities;
using Concord.Text.Segmentation;

namespace Concord.Text.Checking;

/// <summary>
/// Finds the factual claims of an article: its sentences that carry a quantity, a date, a named mechanism,
/// programme, project, organisation or event, or a commitment. A sentence with several figures is cut at the
/// comma before each further figure ("620,000 ... visit Japan, while 710,000 ..."), so that each figure is
/// judged on its own.
/// </summary>
internal static class ClaimFinder
{
    public static List<Claim> Find(ExtractedDocument article)
    {
        var text = article.Text;
        var claims = new List<Claim>();
        foreach (var item in article.Items)
        {
            // The recognizers' findings in text order, read with cursors: a paragraph of thousands of figures
            // costs its figures once, not once per piece.
            var quantities = new Cursor<Quantity>(item.Quantities, q => q.Span);
            var dates = new Cursor<DateMention>(item.Dates, d => d.Span);
            var entities = new Cursor<Entity>(item.Entities, e => e.Span);
            var clauses = new Cursor<Clause>(item.Clauses, c => c.Span);
            foreach (var paragraph in item.Outline.Paragraphs)
            {
                if (paragraph.End > text.Length || paragraph.Start < 0) continue;
                foreach (var sentence in SentenceSplitter.Split(text, paragraph))
                    foreach (var piece in Pieces(text, sentence, quantities.Inside(sentence)))
                        if (Make(piece, quantities.Inside(piece), dates.Inside(piece), entities.Inside(piece), clauses.Overlapping(piece)) is { } claim)
                            claims.Add(claim);
            }
        }
        return claims;
    }

    static Claim? Make(TextSpan span, List<Quantity> quantities, List<DateMention> dates, List<Entity> entities, List<Clause> clauses)
    {
        entities.RemoveAll(e => e.Type is EntityType.Person or EntityType.Place);
        bool commitment = clauses.Exists(c => c.Modality == Modality.Commitment);
        // A year alone is no figure: "in 2024" is a date, and the date recognizer has it.
        quantities.RemoveAll(q => dates.Exists(d => d.Span.Overlaps(q.Span)));
        if (quantities.Count == 0 && dates.Count == 0 && entities.Count == 0 && !commitment) return null;
        return new Claim(span, quantities, dates, entities, commitment);
    }

    /// <summary>The sentence, cut at the last comma or semicolon before each figure after the first.</summary>
    static List<TextSpan> Pieces(string text, TextSpan sentence, List<Quantity> quantities)
    {
        var pieces = new List<TextSpan>(1);
        int start = sentence.Start;
        TextSpan? previous = null;
        foreach (var q in quantities)
        {
            if (!sentence.Contains(q.Span)) continue;
            if (previous is { } p && q.Span.Start > p.End)
            {
                int cut = text.AsSpan(p.End, q.Span.Start - p.End).LastIndexOfAny(',', ';');
                if (cut >= 0)
                {
                    cut += p.End;
                    pieces.Add(Trim(text, start, cut));
                    start = cut + 1;
                }
            }
            previous = q.Span;
        }
        pieces.Add(Trim(text, start, sentence.End));
        pieces.RemoveAll(s => s.Length == 0);
        return pieces;
    }

    static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }
}

using Concord.Text;
using Concord.Text.Clauses;
using Concord.Text.Dates;
using Concord.Text.Extraction;
using Concord.Text.Segmentation;

namespace Concord.Data.Ingest;

/// <summary>One commitment per commitment clause of an item, with where each version says it, who owes it, its
/// deadline and its targets.</summary>
internal static class CommitmentPlanner
{
    public static void Plan(PlannedItem planned, int version, ExtractedDocument doc, ExtractedItem item,
        IReadOnlyList<Counterpart> counterparts, (string A, string B)? parties)
    {
        var own = item.Clauses.Where(c => c.Modality == Modality.Commitment).ToList();
        if (own.Count == 0) return;
        var sentences = item.Outline.Paragraphs.SelectMany(p => SentenceSplitter.Split(doc.Text, p)).ToList();
        var deadlines = item.Dates.Where(d => d.Role == DateRole.Deadline).ToList();
        var chosen = own.Select(c => Deadline(c.Span, sentences, deadlines)).ToList();
        var targets = TargetPlanner.Plan(item, sentences, own, chosen);
        for (int i = 0; i < own.Count; i++)
        {
            var clause = own[i];
            var sources = new List<(int, TextSpan, string)> { (version, clause.Span, clause.Text) };
            foreach (var counterpart in counterparts)
                if (Source(i, own, counterpart) is { } span)
                    sources.Add((counterpart.Version, span, span.Of(counterpart.Document.Text)));
            planned.Commitments.Add(new PlannedCommitment(Names.Collapse(clause.Text), Names.Of(clause.Modality), sources,
                Parties(clause.Actors, doc, parties), chosen[i], targets[i]));
        }
    }

    /// <summary>The deadline inside the clause, else the nearest one in the clause's sentence ("with a view to
    /// commencing construction before the end of fiscal year 2026" is the deadline of the pledge it follows). A
    /// deadline in another sentence belongs to that sentence's pledge.</summary>
    public static DateMention? Deadline(TextSpan clause, List<TextSpan> sentences, List<DateMention> deadlines)
    {
        if (deadlines.FirstOrDefault(d => clause.Contains(d.Span)) is { } inside) return inside;
        var around = sentences.Where(s => s.Overlaps(clause)).ToList();
        return deadlines.Where(d => around.Any(s => s.Overlaps(d.Span))).MinBy(d => Distance(d.Span, clause));
    }

    public static int Distance(TextSpan a, TextSpan b) => a.End <= b.Start ? b.Start - a.End : b.End <= a.Start ? a.Start - b.End : 0;

    /// <summary>Where the other version says the i-th commitment of an item: the aligner's sentence pairs take the
    /// clause to the other version's sentences; when those hold as many commitment clauses as ours do, the one of
    /// the same rank, else the sentences themselves. With no sentence pair, the clause of the same rank when the
    /// two items have as many, else the whole item.</summary>
    static TextSpan? Source(int index, List<Clause> own, Counterpart counterpart)
    {
        var clause = own[index];
        var theirs = counterpart.Items.SelectMany(i => i.Clauses).Where(c => c.Modality == Modality.Commitment).ToList();
        var left = counterpart.Sentences.Where(s => s.Left is { } l && l.Overlaps(clause.Span)).ToList();
        var rights = left.Where(s => s.Right is not null).Select(s => s.Right!.Value).ToList();
        if (rights.Count == 0)
        {
            if (theirs.Count == own.Count) return theirs[index].Span;
            var paragraphs = counterpart.Items.SelectMany(i => i.Outline.Paragraphs).ToList();
            return paragraphs.Count == 0 ? null : new TextSpan(paragraphs.Min(p => p.Start), paragraphs.Max(p => p.End));
        }
        var ownHere = own.Where(c => left.Any(s => s.Left!.Value.Overlaps(c.Span))).ToList();
        var theirsHere = theirs.Where(c => rights.Any(r => r.Overlaps(c.Span))).ToList();
        if (ownHere.Count == theirsHere.Count && ownHere.IndexOf(clause) is var rank and >= 0)
            return theirsHere[rank].Span;
        return new TextSpan(rights.Min(r => r.Start), rights.Max(r => r.End));
    }

    /// <summary>"both", or no actor at all, is the two parties; a party is that party; a person or a body of no
    /// party ("Prime Minister Ishiba") is left for people to assign.</summary>
    static List<string> Parties(IReadOnlyList<string> actors, ExtractedDocument doc, (string A, string B)? parties)
    {
        if (parties is not { } p) return [];
        if (actors.Count == 0 || actors.Contains(ClauseActors.Both)) return [p.A, p.B];
        var owed = new List<string>();
        foreach (var actor in actors)
            if (StatementParties.PartyOf(actor, doc, p) is { } party && !owed.Contains(party)) owed.Add(party);
        return owed;
    }
}

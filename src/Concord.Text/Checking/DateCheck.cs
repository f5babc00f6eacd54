using Concord.Text.Dates;

namespace Concord.Text.Checking;

/// <summary>One date of a claim against the statement: a date that can be the same in an item the claim is
/// linked to, a date of the same role in another year in an item it is strongly linked to (a contradiction), or
/// none.</summary>
internal static class DateCheck
{
    public const string Other = "another date";

    public static FactOutcome Check(CheckContext context, DateMention d)
    {
        var index = context.Index;
        int bestSentence = -1;
        DateMention? same = null, other = null;
        int otherSentence = -1;
        double bestScore = -1, otherScore = CheckContext.Strong;
        foreach (var (item, (score, _)) in context.Scores.Items)
        {
            foreach (int s in QuantityCheck.SentencesOf(index, item))
                foreach (var sd in index.Sentences[s].Dates)
                    if (DateMatch.Compatible(d, sd) && score > bestScore) (bestSentence, same, bestScore) = (s, sd, score);
        }
        // Another date contradicts only in the item the claim is most strongly linked to.
        for (int v = 0; v < index.Versions.Count && same is null; v++)
        {
            if (context.Scores.Best(index, v) is not { } best || best.Score < otherScore) continue;
            foreach (int s in QuantityCheck.SentencesOf(index, best.Item))
                foreach (var sd in index.Sentences[s].Dates)
                    if (other is null && DateMatch.Conflicting(d, sd)) (otherSentence, other, otherScore) = (s, sd, best.Score);
        }
        if (same is not null && bestScore >= CheckContext.Weak)
        {
            context.Found.Add((d.Span, bestSentence, same.Span));
            return new FactOutcome(true, index.Sentences[bestSentence].Item, bestScore, false, $"{d.Text} is in the statement");
        }
        if (other is not null)
        {
            context.Differ(DifferenceKind.Date, d.Span, otherSentence, other.Span, $"{d.Text} vs {other.Text}");
            int item = index.Sentences[otherSentence].Item;
            return new FactOutcome(true, item, otherScore, false, Other);
        }
        return new FactOutcome(false, -1, 0, false, $"{d.Text} is not in the statement", Weak: same is not null);
    }
}

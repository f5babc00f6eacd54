using Concord.Text.Alignment;
using Concord.Text.Quantities;

namespace Concord.Text.Checking;

/// <summary>
/// One figure of a claim against the statement: found with the same value (then its hedge, its period, its
/// party and its scope are compared), found with another value in the item the claim speaks of (a
/// contradiction), or not found.
/// </summary>
internal static class QuantityCheck
{
    // A figure this large is specific enough to find its item on its own: 620,000 is in one place.
    const decimal Distinctive = 1000m;

    public static FactOutcome Check(CheckContext context, Quantity q)
    {
        var index = context.Index;
        int bestSentence = -1;
        Quantity? stated = null;
        double bestScore = -1;
        if (index.Keys.TryGet(AnchorIndex.QuantityKey(q), out int id))
        {
            foreach (int s in index.Postings(id))
            {
                var sentence = index.Sentences[s];
                double score = context.Scores.ScoreOf(sentence.Item);
                foreach (var sq in sentence.Quantities)
                    if (sq.Value == q.Value && score > bestScore
                        && UnitsAgree(q, sq, q.Value >= Distinctive || index.Versions[sentence.Version].Language != context.ArticleLexicon.Language))
                        (bestSentence, stated, bestScore) = (s, sq, score);
            }
        }
        if (stated is not null && (bestScore >= CheckContext.Weak || q.Value >= Distinctive))
        {
            Compare(context, q, stated, bestSentence);
            context.Found.Add((q.Span, bestSentence, stated.Span));
            return new FactOutcome(true, index.Sentences[bestSentence].Item, bestScore, true, $"{q.Text} is in the statement");
        }
        if (Differing(context, q) is { } other)
        {
            context.Differ(DifferenceKind.Figure, q.Span, other.Sentence, other.Quantity.Span, $"{q.Text} vs {other.Quantity.Text}");
            int item = index.Sentences[other.Sentence].Item;
            return new FactOutcome(true, item, context.Scores.ScoreOf(item), true, "another figure");
        }
        return new FactOutcome(false, -1, 0, true, $"{q.Text} is not in the statement");
    }

    static void Compare(CheckContext context, Quantity q, Quantity stated, int sentence)
    {
        int hedge = Hedges.Compare(q, stated);
        if (hedge != 0)
            context.Differ(DifferenceKind.Hedge, q.Span, sentence, stated.Span,
                $"{QuantityComparison.Name(Hedges.Said(q))} vs {QuantityComparison.Name(Hedges.Said(stated))}");
        if (q.Per is not null && stated.Per is not null && !string.Equals(q.Per, stated.Per, StringComparison.Ordinal))
            context.Differ(DifferenceKind.Figure, q.Span, sentence, stated.Span, $"per {q.Per} vs per {stated.Per}");
        var text = context.ArticleText;
        var statedText = context.VersionText(sentence);
        var claimClause = CheckContext.ClauseAround(text, context.Claim.Span, q.Span);
        var statedClause = CheckContext.ClauseAround(statedText, context.Index.Sentences[sentence].Span, stated.Span);
        var statedLexicon = context.VersionLexicon(sentence);
        var claimParty = context.ArticleLexicon.PartyOf(text, claimClause, q.Span);
        var statedParty = statedLexicon.PartyOf(statedText, statedClause, stated.Span);
        if (claimParty is not null && statedParty is not null && !string.Equals(claimParty, statedParty, StringComparison.Ordinal))
            context.Differ(DifferenceKind.Party, claimClause, sentence, statedClause, $"{claimParty} vs {statedParty}");
        var claimCues = context.ArticleLexicon.CuesIn(text, claimClause);
        var statedCues = statedLexicon.CuesIn(statedText, statedClause);
        if (claimCues.HasFlag(CheckCues.BothWays) && !statedCues.HasFlag(CheckCues.BothWays))
            context.Differ(DifferenceKind.Scope, claimClause, sentence, statedClause, "counted both ways in the claim, one way in the statement");
        if (claimCues.HasFlag(CheckCues.Achieved) && !claimCues.HasFlag(CheckCues.Target)
            && statedCues.HasFlag(CheckCues.Target) && !statedCues.HasFlag(CheckCues.Achieved))
            context.Differ(DifferenceKind.Achievement, claimClause, sentence, statedClause, "reported as reached; a target in the statement");
    }

    /// <summary>A figure of the same kind (same currency, same period, or the same counted noun of the same
    /// party) with another value, in the item the claim is most strongly linked to, in any version.</summary>
    static (int Sentence, Quantity Quantity)? Differing(CheckContext context, Quantity q)
    {
        var index = context.Index;
        var claimParty = context.ArticleLexicon.PartyOf(context.ArticleText, CheckContext.ClauseAround(context.ArticleText, context.Claim.Span, q.Span), q.Span);
        for (int v = 0; v < index.Versions.Count; v++)
        {
            if (context.Scores.Best(index, v) is not { } best || best.Score < CheckContext.Strong) continue;
            foreach (int s in SentencesOf(index, best.Item))
            {
                var sentence = index.Sentences[s];
                foreach (var sq in sentence.Quantities)
                {
                    if (sq.Value == q.Value || !SameKind(q, sq)) continue;
                    var text = context.VersionText(s);
                    var party = context.VersionLexicon(s).PartyOf(text, CheckContext.ClauseAround(text, sentence.Span, sq.Span), sq.Span);
                    // 710,000 Japanese tourists are not a different count of 620,000 Vietnamese ones.
                    if (claimParty is not null && party is not null && !string.Equals(claimParty, party, StringComparison.Ordinal)) continue;
                    return (s, sq);
                }
            }
        }
        return null;
    }

    public static IEnumerable<int> SentencesOf(StatementIndex index, int item)
    {
        var (first, count) = index.ItemSentences[item];
        for (int s = first; s < first + count; s++) yield return s;
    }

    /// <summary>Not two currencies; and for a small number in one language, not two different counted nouns
    /// ("two vehicles" is no "02 projects"). Across languages the nouns cannot be compared word for word.</summary>
    static bool UnitsAgree(Quantity a, Quantity b, bool distinctive)
    {
        if (IsCode(a.Unit) && IsCode(b.Unit)) return string.Equals(a.Unit, b.Unit, StringComparison.Ordinal);
        if (distinctive || IsCode(a.Unit) || IsCode(b.Unit)) return true;
        return a.Unit is null || b.Unit is null || string.Equals(Head(a.Unit), Head(b.Unit), StringComparison.Ordinal);
    }

    static bool SameKind(Quantity a, Quantity b)
    {
        // "50 years of relations" and "more than one year of upgrading" count different things.
        if (IsDuration(a) || IsDuration(b)) return false;
        if (IsCode(a.Unit) || IsCode(b.Unit)) return string.Equals(a.Unit, b.Unit, StringComparison.Ordinal);
        // A rate and a count are different figures: "2 million a year" is no other value of "620,000 so far".
        if (!string.Equals(a.Per, b.Per, StringComparison.Ordinal)) return false;
        if (a.Per is not null) return true;
        // Counted nouns the recognizer does not know ("90,000 citizens") leave both without a unit: two large
        // figures of the same size in the item the claim speaks of are then taken as two values of one count.
        if (a.Unit is null && b.Unit is null)
            return a.Value >= Distinctive && b.Value >= Distinctive && Math.Max(a.Value, b.Value) <= 2 * Math.Min(a.Value, b.Value);
        return a.Unit is { } ua && b.Unit is { } ub && string.Equals(Head(ua), Head(ub), StringComparison.Ordinal);
    }

    /// <summary>The counted noun's last word, folded and singular: "semiconductor specialists" => "specialist".</summary>
    static string Head(string unit)
    {
        var word = unit.AsSpan().Trim();
        int space = word.LastIndexOf(' ');
        if (space >= 0) word = word[(space + 1)..];
        var folded = TextFold.Fold(word);
        return folded.Length > 3 && folded[^1] == 's' ? folded[..^1] : folded;
    }

    static bool IsDuration(Quantity q) => q.Unit is { } unit && CheckLexicon.IsDurationUnit(Head(unit));

    static bool IsCode(string? unit) => unit is "%" || (unit is { Length: 3 } && unit.All(char.IsAsciiLetterUpper));
}

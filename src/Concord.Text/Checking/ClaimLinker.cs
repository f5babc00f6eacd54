using Concord.Text.Alignment;

namespace Concord.Text.Checking;

/// <summary>
/// Scores the statement's items for one claim: the share of the claim's evidence (its anchors, weighted by
/// rarity) an item has too. A name or number of the claim that the statement never mentions counts against
/// every item ("met the Chairman of the National Assembly" is about someone the statement does not name).
/// Reuses its buffers from claim to claim: one linker per check, not thread-safe.
/// </summary>
internal sealed class ClaimLinker(StatementIndex index)
{
    const double UnknownName = 1.0;
    const double UnknownNumber = 0.3;

    // A content word no version has: paraphrase costs a little, a claim about something else a lot.
    const double UnknownWord = 0.25;

    // Across languages an English word or a capitalised English noun ("Ministry") cannot be in a Vietnamese text:
    // its absence says less.
    bool sameLanguage;

    readonly double[] itemScores = new double[index.Items.Count];
    readonly int[] itemStamps = new int[index.Items.Count];
    readonly double[] sentenceScores = new double[index.Sentences.Count];
    readonly List<int> touchedItems = [];
    readonly List<int> touchedSentences = [];
    readonly List<AnchorOccurrence> occurrences = [];
    readonly HashSet<int> seen = [];
    int stamp;

    public ClaimScores Score(string text, Claim claim, CheckLexicon lexicon)
    {
        Reset();
        sameLanguage = index.Versions.Any(v => v.Language == lexicon.Language);
        occurrences.Clear();
        index.Scan(text, claim.Span, lexicon, claim.Quantities, claim.Dates, occurrences);
        double total = 0;
        seen.Clear();
        foreach (var o in occurrences)
        {
            // The first word of a sentence is capitalised whatever it is: "In", "Later", "Meanwhile" are no names.
            if (o.Position <= claim.Span.Start + 1 && index.Keys.KindOf(o.Id) == AnchorKind.Token) continue;
            if (!seen.Add(o.Id)) continue;
            double w = index.Weight(o.Id);
            if (w == 0)
            {
                total += Unknown(text, claim, o);
                continue;
            }
            total += w;
            if (index.TooCommon(o.Id)) continue;
            stamp++;
            foreach (int s in index.Postings(o.Id))
            {
                if (sentenceScores[s] == 0) touchedSentences.Add(s);
                sentenceScores[s] += w;
                int item = index.Sentences[s].Item;
                if (itemStamps[item] == stamp) continue;
                itemStamps[item] = stamp;
                if (itemScores[item] == 0) touchedItems.Add(item);
                itemScores[item] += w;
            }
        }
        var items = new Dictionary<int, (double Score, int Sentence)>(touchedItems.Count);
        foreach (int item in touchedItems) items[item] = (total > 0 ? Math.Min(1, itemScores[item] / total) : 0, -1);
        foreach (int s in touchedSentences)
        {
            int item = index.Sentences[s].Item;
            var (score, best) = items[item];
            if (best < 0 || sentenceScores[s] > sentenceScores[best]) items[item] = (score, s);
        }
        var ids = new HashSet<int>(seen);
        return new ClaimScores(items, ids, [.. occurrences]);
    }

    double Unknown(string text, Claim claim, AnchorOccurrence o)
    {
        string key = index.Keys.KeyOf(o.Id);
        if (key[0] == 't') return sameLanguage ? UnknownName : UnknownName / 2;
        if (key[0] == 'w') return sameLanguage ? UnknownWord : 0;
        return key[0] == 'n' && char.IsDigit(text[o.Position]) ? UnknownNumber : 0;
    }

    void Reset()
    {
        foreach (int i in touchedItems) itemScores[i] = 0;
        foreach (int s in touchedSentences) sentenceScores[s] = 0;
        touchedItems.Clear();
        touchedSentences.Clear();
    }
}

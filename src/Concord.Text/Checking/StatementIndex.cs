using Concord.Text.Alignment;
using Concord.Text.Dates;
using Concord.Text.Extraction;
using Concord.Text.Quantities;
using Concord.Text.Segmentation;

namespace Concord.Text.Checking;

/// <summary>
/// Every sentence of every statement version, indexed once by what it names: figures (<c>q:</c>), dates
/// (<c>d:</c>), names and acronyms (<c>t:</c>), the aligner's cross-language concepts (<c>c:</c>), numbers
/// (<c>n:</c>) and content words (<c>w:</c>). A claim is then linked by walking the sentences of its own anchors
/// only, so checking costs the claim's anchors times their (capped) postings, not claims times items times words.
/// </summary>
internal sealed class StatementIndex
{
    public AnchorKeys Keys { get; } = new();
    public IReadOnlyList<ExtractedDocument> Versions { get; }
    public List<(int Version, ExtractedItem Item)> Items { get; } = [];
    public List<IndexedSentence> Sentences { get; } = [];

    /// <summary>Per item, its sentences: a run of <see cref="Sentences"/>.</summary>
    public List<(int First, int Count)> ItemSentences { get; } = [];

    readonly List<List<int>?> postings = [];
    double[] weights = [];
    readonly AnchorScanner scanner;

    public StatementIndex(IReadOnlyList<ExtractedDocument> versions)
    {
        Versions = versions;
        scanner = new AnchorScanner(Keys);
        var occurrences = new List<AnchorOccurrence>();
        for (int v = 0; v < versions.Count; v++)
        {
            var doc = versions[v];
            var lexicon = CheckLexicon.For(doc.Language);
            foreach (var item in doc.Items)
            {
                int itemIndex = Items.Count;
                Items.Add((v, item));
                int first = Sentences.Count;
                foreach (var paragraph in item.Outline.Paragraphs)
                {
                    if (paragraph.Start < 0 || paragraph.End > doc.Text.Length) continue;
                    foreach (var sentence in SentenceSplitter.Split(doc.Text, paragraph))
                    {
                        var quantities = item.Quantities.Where(q => sentence.Contains(q.Span)).ToList();
                        var dates = item.Dates.Where(d => sentence.Contains(d.Span)).ToList();
                        occurrences.Clear();
                        Scan(doc.Text, sentence, lexicon, quantities, dates, occurrences);
                        var indexed = new IndexedSentence(Sentences.Count, v, itemIndex, sentence, [.. occurrences], quantities, dates);
                        Sentences.Add(indexed);
                        Post(indexed);
                    }
                }
                ItemSentences.Add((first, Sentences.Count - first));
            }
        }
        Weigh();
    }

    /// <summary>The anchors of a stretch of text, in the keys this index uses.</summary>
    public void Scan(string text, TextSpan span, CheckLexicon lexicon, IReadOnlyList<Quantity> quantities,
        IReadOnlyList<DateMention> dates, List<AnchorOccurrence> into)
    {
        int from = into.Count;
        scanner.Scan(text, span, lexicon.Language, into);
        // The digits of a recognised figure or date are compared by value (q:, d:), not counted twice.
        int kept = from;
        for (int k = from; k < into.Count; k++)
            if (Keys.KindOf(into[k].Id) != AnchorKind.Number || !Covered(into[k], quantities, dates)) into[kept++] = into[k];
        into.RemoveRange(kept, into.Count - kept);
        ContentWords.Scan(text, span, lexicon, Keys, into);
        foreach (var q in quantities)
            into.Add(new AnchorOccurrence(q.Span.Start, q.Span.Length, Keys.Intern(AnchorIndex.QuantityKey(q), AnchorKind.Quantity)));
        foreach (var d in dates)
            into.Add(new AnchorOccurrence(d.Span.Start, d.Span.Length, Keys.Intern(AnchorIndex.DateKey(d), AnchorKind.Date)));
    }

    static bool Covered(AnchorOccurrence o, IReadOnlyList<Quantity> quantities, IReadOnlyList<DateMention> dates)
    {
        var span = new TextSpan(o.Position, o.Position + o.Length);
        foreach (var q in quantities)
            if (q.Span.Overlaps(span)) return true;
        foreach (var d in dates)
            if (d.Span.Overlaps(span)) return true;
        return false;
    }

    /// <summary>The sentences that have the anchor; empty when none.</summary>
    public IReadOnlyList<int> Postings(int id) => id < postings.Count && postings[id] is { } list ? list : [];

    /// <summary>How much sharing the anchor says: 0 when no sentence has it; less the more sentences have it;
    /// figures and dates most, then names, numbers, concepts, words.</summary>
    public double Weight(int id) => id < weights.Length ? weights[id] : 0;

    /// <summary>An anchor so common that walking its postings says nothing ("t:japan" in a Japanese statement).</summary>
    public bool TooCommon(int id) => Postings(id).Count > Math.Max(8, Sentences.Count / 3);

    void Post(IndexedSentence sentence)
    {
        foreach (var o in sentence.Occurrences)
        {
            while (postings.Count <= o.Id) postings.Add(null);
            var list = postings[o.Id] ??= [];
            if (list.Count == 0 || list[^1] != sentence.Index) list.Add(sentence.Index);
        }
    }

    void Weigh()
    {
        weights = new double[postings.Count];
        double n = Sentences.Count + 1.0;
        double best = Math.Log(n);
        for (int id = 0; id < weights.Length; id++)
        {
            if (postings[id] is not { Count: > 0 } list) continue;
            double rarity = best > 0 ? Math.Log(n / list.Count) / best : 1;
            weights[id] = KindFactor(id) * Math.Clamp(rarity, 0.05, 1.0);
        }
    }

    public double KindFactor(int id) => Keys.KeyOf(id)[0] switch
    {
        'q' => 1.5,
        'd' => 1.2,
        't' => Keys.IsAcronym(id) ? 1.2 : 1.0,
        'n' => 0.8,
        'c' => 0.7,
        _ => 0.5,
    };
}

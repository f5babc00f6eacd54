using System.Globalization;
using Concord.Text.Dates;
using Concord.Text.Extraction;
using Concord.Text.Quantities;

namespace Concord.Text.Alignment;

/// <summary>The anchors of every item of both documents, and how much each one weighs: an anchor
/// counts only when both documents have it, and less the more items have it (inverse document
/// frequency), so "JBIC" in two items says far more than "Việt Nam" in sixty.</summary>
internal sealed class AnchorIndex
{
    public required ItemProfile[] Left { get; init; }
    public required ItemProfile[] Right { get; init; }
    public required double[] Weights { get; init; }
    public required AnchorKeys Keys { get; init; }

    /// <summary>English-equivalent characters per character: Vietnamese runs about 0.9 of the English
    /// length in characters, Japanese about 0.45.</summary>
    public static double LengthFactor(Language language) => language switch
    {
        Language.Vi => 1.1,
        Language.Ja => 2.2,
        _ => 1.0,
    };

    public static AnchorIndex Build(ExtractedDocument left, ExtractedDocument right)
    {
        var keys = new AnchorKeys();
        var scanner = new AnchorScanner(keys);
        var leftProfiles = Profiles(left, keys, scanner);
        var rightProfiles = Profiles(right, keys, scanner);
        var weights = Weigh(keys, leftProfiles, rightProfiles);
        foreach (var p in leftProfiles) p.Anchors = AnchorSet.From(p.Occurrences, weights);
        foreach (var p in rightProfiles) p.Anchors = AnchorSet.From(p.Occurrences, weights);
        return new AnchorIndex { Left = leftProfiles, Right = rightProfiles, Weights = weights, Keys = keys };
    }

    static ItemProfile[] Profiles(ExtractedDocument doc, AnchorKeys keys, AnchorScanner scanner)
    {
        var text = doc.Text ?? "";
        var items = doc.Items ?? [];
        var profiles = new ItemProfile[items.Count];
        var occurrences = new List<AnchorOccurrence>();
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var paragraphs = Paragraphs(item, text.Length);
            occurrences.Clear();
            int length = 0;
            foreach (var p in paragraphs)
            {
                scanner.Scan(text, p, doc.Language, occurrences);
                length += p.Length;
            }
            foreach (var q in item.Quantities ?? [])
                occurrences.Add(new AnchorOccurrence(Clamp(q.Span.Start, text.Length), Math.Max(0, q.Span.Length), keys.Intern(QuantityKey(q), AnchorKind.Quantity)));
            foreach (var d in item.Dates ?? [])
                occurrences.Add(new AnchorOccurrence(Clamp(d.Span.Start, text.Length), Math.Max(0, d.Span.Length), keys.Intern(DateKey(d), AnchorKind.Date)));
            occurrences.Sort((a, b) => a.Position.CompareTo(b.Position));
            profiles[i] = new ItemProfile
            {
                Item = item,
                Index = i,
                Position = items.Count > 1 ? (double)i / (items.Count - 1) : 0.5,
                Length = length * LengthFactor(doc.Language),
                Paragraphs = paragraphs,
                Occurrences = [.. occurrences],
            };
        }
        return profiles;
    }

    static double[] Weigh(AnchorKeys keys, ItemProfile[] left, ItemProfile[] right)
    {
        var df = new int[keys.Count];
        var lastItem = new int[keys.Count];
        var sides = new byte[keys.Count];
        Array.Fill(lastItem, -1);
        int item = 0;
        foreach (var (profiles, side) in new[] { (left, (byte)1), (right, (byte)2) })
        {
            foreach (var p in profiles)
            {
                foreach (var o in p.Occurrences)
                {
                    sides[o.Id] |= side;
                    if (lastItem[o.Id] == item) continue;
                    lastItem[o.Id] = item;
                    df[o.Id]++;
                }
                item++;
            }
        }
        var weights = new double[keys.Count];
        // 1 for an anchor in one item on each side, falling with every further item that has it.
        double best = Math.Log((item + 1.0) / 2);
        for (int id = 0; id < weights.Length; id++)
        {
            if (sides[id] != 3) continue;
            double rarity = best > 0 ? Math.Log((item + 1.0) / df[id]) / best : 1;
            weights[id] = KindFactor(keys, id) * Math.Clamp(rarity, 0.05, 1.0);
        }
        return weights;
    }

    // Figures and dates are the strongest evidence; a shared number written in the text is weaker
    // than a recognised quantity, and a vocabulary concept weaker than a name.
    static double KindFactor(AnchorKeys keys, int id) => keys.KindOf(id) switch
    {
        AnchorKind.Quantity => 1.5,
        AnchorKind.Date => 1.2,
        AnchorKind.Token => keys.IsAcronym(id) ? 1.2 : 1.0,
        AnchorKind.Number => 0.8,
        _ => 0.7,
    };

    public static string QuantityKey(Quantity q) =>
        "q:" + q.Value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string DateKey(DateMention d) => d.Precision switch
    {
        DatePrecision.FiscalYear => "d:fy" + DateComparison.FiscalLabel(d).ToString(CultureInfo.InvariantCulture),
        DatePrecision.Asap => "d:asap",
        DatePrecision.Recurring => "d:recurring",
        _ => "d:" + Day(d.Start) + ".." + Day(d.End),
    };

    static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    static TextSpan[] Paragraphs(ExtractedItem item, int textLength)
    {
        var list = new List<TextSpan>();
        foreach (var p in item.Outline.Paragraphs ?? [])
        {
            var clipped = Clip(p, textLength);
            if (clipped.Length > 0) list.Add(clipped);
        }
        if (list.Count == 0 && Clip(item.Outline.Span, textLength) is { Length: > 0 } whole)
            list.Add(whole);
        return [.. list];
    }

    static TextSpan Clip(TextSpan span, int textLength)
    {
        int start = Clamp(span.Start, textLength), end = Clamp(span.End, textLength);
        return end > start ? new TextSpan(start, end) : new TextSpan(start, start);
    }

    static int Clamp(int offset, int textLength) => Math.Clamp(offset, 0, textLength);
}

using Concord.Text;
using Concord.Text.Clauses;
using Concord.Text.Extraction;

namespace Concord.Data.Ingest;

/// <summary>The two parties of a statement. The text core does not name them yet, so they are read here, in
/// this one place: the parties the clauses' actors name ("Việt Nam", "Japan"), else the two states a title
/// joins ("Joint Statement between the Republic of Aurelia and the Kingdom of Norvania on ..."). Null when
/// neither says.</summary>
internal static class StatementParties
{
    /// <summary>Each party the actors know, with how the versions write it.</summary>
    static readonly (string Party, string[] Names)[] Known =
    [
        (ClauseActors.VietNam, ["Việt Nam", "Viet Nam", "Vietnam", "ベトナム"]),
        (ClauseActors.Japan, ["Japan", "Nhật Bản", "日本"]),
    ];

    static readonly (string Between, string And, string[] Ends)[] TitleForms =
    [
        ("between ", " and ", [" on ", " for ", " regarding ", " concerning "]),
        ("giữa ", " và ", [" về ", " vì ", " nhằm "]),
    ];

    static readonly string[] StatePrefixes =
    [
        "the ", "Socialist Republic of ", "Republic of ", "Kingdom of ", "State of ", "Government of ",
        "nước ", "Cộng hòa xã hội chủ nghĩa ", "Cộng hòa ", "Vương quốc ", "Nhà nước ", "Chính phủ ",
    ];

    public static (string A, string B)? Find(IReadOnlyList<ExtractedDocument> versions)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in versions)
            foreach (var item in doc.Items)
                foreach (var clause in item.Clauses)
                    foreach (var actor in clause.Actors)
                        if (Known.Any(k => k.Party == actor)) seen.Add(actor);
        if (seen.Count == 2)
        {
            var parties = Known.Where(k => seen.Contains(k.Party)).ToArray();
            return FirstInPairs(versions, parties[0], parties[1]) ? (parties[0].Party, parties[1].Party) : (parties[1].Party, parties[0].Party);
        }
        foreach (var doc in versions.OrderBy(d => d.Language == Language.Vi ? 0 : 1))
            if (FromTitle(doc.Title) is { } fromTitle) return fromTitle;
        foreach (var doc in versions)
            foreach (var item in doc.Items.Where(i => i.Kind == Text.Outline.ItemKind.Paragraph).Take(5))
                if (FromTitle(item.Text) is { } fromParagraph) return fromParagraph;
        return null;
    }

    /// <summary>Whether the first party comes first where the texts name the two together ("Việt Nam - Nhật Bản",
    /// "Việt Nam-Japan", "Việt Nam and Japan"); a tie goes to the one named first.</summary>
    static bool FirstInPairs(IReadOnlyList<ExtractedDocument> versions, (string Party, string[] Names) a, (string Party, string[] Names) b)
    {
        int aFirst = 0, bFirst = 0, firstA = int.MaxValue, firstB = int.MaxValue;
        foreach (var doc in versions)
        {
            var hits = new List<(int Start, int End, bool IsA)>();
            Collect(doc.Text, a.Names, true, hits);
            Collect(doc.Text, b.Names, false, hits);
            hits.Sort((x, y) => x.Start.CompareTo(y.Start));
            for (int i = 0; i + 1 < hits.Count; i++)
            {
                if (hits[i].IsA == hits[i + 1].IsA || hits[i + 1].Start - hits[i].End is < 0 or > 5) continue;
                if (hits[i].IsA) aFirst++; else bFirst++;
            }
            if (hits.FirstOrDefault(h => h.IsA) is { End: > 0 } ha) firstA = Math.Min(firstA, ha.Start);
            if (hits.FirstOrDefault(h => !h.IsA) is { End: > 0 } hb) firstB = Math.Min(firstB, hb.Start);
        }
        return aFirst != bFirst ? aFirst > bFirst : firstA <= firstB;
    }

    static void Collect(string text, string[] names, bool isA, List<(int, int, bool)> hits)
    {
        foreach (var name in names)
            for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                hits.Add((at, at + name.Length, isA));
    }

    static (string, string)? FromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > 400) return null;
        title = Names.Collapse(title);
        foreach (var (between, and, ends) in TitleForms)
        {
            int start = title.IndexOf(between, StringComparison.OrdinalIgnoreCase);
            if (start < 0) continue;
            start += between.Length;
            int end = title.Length;
            foreach (var e in ends)
                if (title.IndexOf(e, start, StringComparison.OrdinalIgnoreCase) is var at and >= 0 && at < end) end = at;
            var both = title[start..end];
            int split = both.IndexOf(and, StringComparison.OrdinalIgnoreCase);
            if (split <= 0) continue;
            var (a, b) = (State(both[..split]), State(both[(split + and.Length)..]));
            if (a.Length > 0 && b.Length > 0) return (a, b);
        }
        return null;
    }

    static string State(string words)
    {
        words = words.Trim().TrimEnd('.', ',', ';', ':');
        for (bool again = true; again;)
        {
            again = false;
            foreach (var prefix in StatePrefixes)
                if (words.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && words.Length > prefix.Length)
                {
                    words = words[prefix.Length..];
                    again = true;
                }
        }
        return words.Length <= 60 ? words : "";
    }
}

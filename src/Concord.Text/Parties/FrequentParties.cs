using Concord.Text.Segmentation;

namespace Concord.Text.Parties;

/// <summary>When no title names the parties: the two country-like names the opening of the document uses most,
/// counting the known countries' names and the names written after a party word ("the Government of X",
/// "phía X") or before one ("X側").</summary>
internal static class FrequentParties
{
    /// <summary>How much of the document is read: the opening is where the parties are named.</summary>
    const int Window = 20_000;
    const int MinCount = 2;

    public static IReadOnlyList<Party> Find(string text, PartyLanguage tables)
    {
        int end = Math.Min(text.Length, Window);
        var counts = new Dictionary<string, (int Count, int First, Party Party)>(StringComparer.Ordinal);
        for (int i = 0; i < end; i++)
        {
            if (tables.WholeWords && !TextScan.IsWordStart(text, i, 0))
                continue;
            if (KnownCountries.TryMatch(text, i, end, tables, out int knownEnd, out var known))
            {
                Count(counts, new Party(known), i);
                i = knownEnd - 1;
                continue;
            }
            if (tables.Introducers.TryMatch(text, i, end, tables.WholeWords, out int markerEnd))
            {
                var party = tables.WholeWords ? NameAfter(text, markerEnd, end, tables) : NameBefore(text, i, tables);
                if (party is not null) Count(counts, party, i);
                i = markerEnd - 1;
            }
        }
        return [.. counts.Values.Where(c => c.Count >= MinCount)
            .OrderByDescending(c => c.Count).ThenBy(c => c.First).Take(2)
            .OrderBy(c => c.First).Select(c => c.Party)];
    }

    static void Count(Dictionary<string, (int Count, int First, Party Party)> counts, Party party, int at) =>
        counts[party.Name] = counts.TryGetValue(party.Name, out var seen) ? (seen.Count + 1, seen.First, seen.Party) : (1, at, party);

    /// <summary>"[the Government of] the Kingdom of Norvania", "[phía] Norvania": the capitalised words after.</summary>
    static Party? NameAfter(string text, int from, int end, PartyLanguage tables)
    {
        int start = TextScan.SkipSpace(text, from, end);
        int at = start;
        for (int words = 0; words < 6 && at < end; words++)
        {
            int wordEnd = TextScan.WordEnd(text, at, end);
            if (wordEnd == at) break;
            bool form = tables.StateForms.TryMatch(text, at, end, true, out int formEnd);
            if (!form && !char.IsUpper(text[at]) && !string.Equals(text[at..wordEnd], "the", StringComparison.OrdinalIgnoreCase))
                break;
            at = form ? formEnd : wordEnd;
            int next = TextScan.SkipSpace(text, at, end);
            if (next == at || next >= end || text[at] == '\n' && next > at + 1) break;
            at = next;
        }
        at = TextScan.SkipSpaceBack(text, at, start);
        return at > start ? PartyNames.Read(text, start, at, tables) : null;
    }

    /// <summary>"ノルヴァニア側", "アウレリア共和国": the katakana or kanji run before the marker.</summary>
    static Party? NameBefore(string text, int marker, PartyLanguage tables)
    {
        int start = marker;
        while (start > 0 && marker - start < 16 && (TextScan.IsKana(text[start - 1]) && !TextScan.IsHiragana(text[start - 1])
            || text[start - 1] is '・' or 'ー'))
            start--;
        return marker - start >= 2 && text[start] != '・' ? PartyNames.Read(text, start, marker, tables) : null;
    }
}

using Concord.Text.Segmentation;

namespace Concord.Text.Parties;

/// <summary>The two parties a title names: "Joint Statement between the Republic of Aurelia and the Kingdom of
/// Norvania on ...", "Tuyên bố chung giữa ... và ...", "Japan–Viet Nam Joint Statement",
/// "アウレリア共和国とノルヴァニア王国との間の…共同声明".</summary>
internal static class TitleParties
{
    const int MaxLine = 600;

    /// <summary>The parties of the line text[start..end] when it is a title that names them; null otherwise.</summary>
    public static IReadOnlyList<Party>? Read(string text, int start, int end, PartyLanguage tables)
    {
        if (end - start > MaxLine)
            return null;
        for (int i = start; i < end; i++)
        {
            if (tables.WholeWords && !TextScan.IsWordStart(text, i, start)
                || !tables.TitleWords.TryMatch(text, i, end, tables.WholeWords, out int wordEnd))
                continue;
            // A sentence that mentions a joint statement is not its title: before the title's name there may be
            // only the parties' names ("Japan–Viet Nam Joint Statement").
            if (tables.WholeWords && !OnlyNamesBefore(text, start, i))
                return null;
            var found = tables.Language == Language.Ja
                ? Pair(text, TextScan.SkipSpace(text, start, i), i, tables)
                : After(text, wordEnd, end, tables) ?? Dashed(text, start, i, tables);
            if (found is not null)
                return found;
            i = wordEnd - 1;
        }
        return null;
    }

    /// <summary>"between X and Y on ...", "giữa X và Y về ...", or "X - Y" right after the title's name.</summary>
    static IReadOnlyList<Party>? After(string text, int from, int end, PartyLanguage tables)
    {
        int at = TextScan.SkipSpace(text, from, end);
        if (tables.TitleLinks.TryMatch(text, at, end, true, out int linkEnd))
            return Pair(text, TextScan.SkipSpace(text, linkEnd, end), StopAt(text, linkEnd, end, tables), tables);
        return Dashed(text, at, StopAt(text, at, end, tables), tables);
    }

    /// <summary>Where the parties end: at a stop word ("on", "về") or punctuation.</summary>
    static int StopAt(string text, int from, int end, PartyLanguage tables)
    {
        for (int i = from; i < end; i++)
        {
            if (text[i] is ',' or ':' or ';' or '(' or '\n' || text[i] is '—' && i > from)
                return i;
            if (TextScan.IsWordStart(text, i, from) && (i == from || char.IsWhiteSpace(text[i - 1]))
                && tables.Stops.TryMatch(text, i, end, true, out _))
                return i;
        }
        return end;
    }

    /// <summary>Two parties joined by "and", "và", "と" or "及び".</summary>
    static IReadOnlyList<Party>? Pair(string text, int start, int end, PartyLanguage tables)
    {
        for (int i = start + 1; i < end; i++)
        {
            if (tables.WholeWords && !(char.IsWhiteSpace(text[i - 1]) && TextScan.IsWordStart(text, i, start))
                || !tables.Joiners.TryMatch(text, i, end, tables.WholeWords, out int joinEnd))
                continue;
            int secondEnd = tables.Language == Language.Ja ? JapaneseStop(text, joinEnd, end, tables) : end;
            if (PartyNames.Read(text, start, i, tables) is { } first
                && PartyNames.Read(text, joinEnd, secondEnd, tables) is { } second
                && !string.Equals(first.Name, second.Name, StringComparison.Ordinal))
                return [first, second];
            // "Trinidad and Tobago and ...": a joiner inside the first name; try the next one.
        }
        return null;
    }

    static int JapaneseStop(string text, int from, int end, PartyLanguage tables)
    {
        for (int i = from; i < end; i++)
            if (tables.Stops.TryMatch(text, i, end, false, out _))
                return i;
        return end;
    }

    /// <summary>"Japan–Viet Nam" or "Việt Nam - Nhật Bản": two names around a dash.</summary>
    static IReadOnlyList<Party>? Dashed(string text, int start, int end, PartyLanguage tables)
    {
        for (int i = start + 1; i < end - 1; i++)
        {
            if (!TextScan.IsDash(text[i]))
                continue;
            int firstStart = WordsBack(text, TextScan.SkipSpaceBack(text, i, start), start);
            if (PartyNames.Read(text, firstStart, i, tables) is { } first
                && PartyNames.Read(text, i + 1, end, tables) is { } second
                && !string.Equals(first.Name, second.Name, StringComparison.Ordinal))
                return [first, second];
        }
        return null;
    }

    static bool OnlyNamesBefore(string text, int start, int end)
    {
        int words = 0;
        for (int i = start; i < end; i++)
        {
            if (!TextScan.IsWordStart(text, i, start))
                continue;
            if (++words > 8 || !char.IsUpper(text[i]) && !IsShortWord(text, i))
                return false;
        }
        return true;
    }

    /// <summary>"the", "and", "of" between capitalised names.</summary>
    static bool IsShortWord(string text, int i) => TextScan.WordEnd(text, i, text.Length) - i <= 3;

    /// <summary>The start of the run of capitalised words that ends at <paramref name="end"/>.</summary>
    static int WordsBack(string text, int end, int start)
    {
        int at = end;
        for (int words = 0; words < 4; words++)
        {
            int wordStart = TextScan.WordStartBack(text, TextScan.SkipSpaceBack(text, at, start), start);
            if (wordStart >= at || !char.IsUpper(text[wordStart])) break;
            at = wordStart;
        }
        return at;
    }
}

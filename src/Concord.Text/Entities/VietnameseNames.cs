using Concord.Text.Segmentation;

namespace Concord.Text.Entities;

/// <summary>
/// Finds Vietnamese names: a type keyword written with a capital ("Ủy ban", "Đối thoại", "Chương trình",
/// "Dự án", "Hội nghị", "Bộ", "Cục", "Trường Đại học" ...) and the words after it, up to the first of:
/// <list type="bullet">
/// <item>a full stop, semicolon, colon, ellipsis, quote or closing bracket;</item>
/// <item>a comma, unless it is inside a lower-case list that "và" closes ("về thương mại, năng lượng và công
/// nghiệp") or joins a fixed pair ("phòng, chống");</item>
/// <item>a bracket, except an acronym in brackets, which ends the name with it ("(OSA)");</item>
/// <item>a dash before a lower-case word ("... Hồ Chí Minh - dự án ...");</item>
/// <item>a stop word that starts a new phrase ("do", "của", "sẽ", "trong năm", a clause verb ...) unless it is part
/// of a compound ("trang thiết bị"), and "tại"
/// or "ở" except in a project's or programme's name;</item>
/// <item>"và", except between lower-case words before the name's first capital, or before a capitalised
/// word that is not a keyword, a title or a post ("Thứ trưởng");</item>
/// <item>an ordinal "lần thứ N", which ends the name with it.</item>
/// </list>
/// A keyword after a plural word ("các Dự án hợp tác") is a common noun, not a name.
/// Names inside names are found too: "Dự án xây dựng Trường Đại học Việt - Nhật" holds an organisation.
/// </summary>
internal static class VietnameseNames
{
    const int MaxWords = 24;

    public static void Find(string text, TextSpan range, EntityLexicon lexicon, List<Entity> found)
    {
        for (int i = range.Start; i < range.End; i++)
        {
            if (!char.IsUpper(text[i]) || !TextScan.IsWordStart(text, i, range.Start)
                || !lexicon.Keywords.TryMatch(text, i, range.End, true, out int keywordEnd, out var keyword))
                continue;
            int end = NameEnd(text, keywordEnd, range.End, keyword, lexicon);
            bool plural = lexicon.PluralWords.StartOfPhraseEndingAt(text, TextScan.SkipSpaceBack(text, i, range.Start), range.Start, 1) >= 0;
            if (end > keywordEnd && !plural)
            {
                var type = keyword.Type == EntityType.Mechanism && Contains(text, i, end, "lần thứ") ? EntityType.Event : keyword.Type;
                found.Add(new Entity(text[i..end], new TextSpan(i, end), type));
            }
            i = keywordEnd - 1;
        }
    }

    static int NameEnd(string text, int from, int end, EntityKeyword keyword, EntityLexicon lexicon)
    {
        int last = from, pos = from;
        bool capitals = false;
        for (int words = 0; words < MaxWords; words++)
        {
            int at = TextScan.SkipSpace(text, pos, end);
            if (at >= end) break;
            char c = text[at];
            if (TextScan.IsWordChar(c))
            {
                if (words == 0 && keyword.Role == KeywordRole.StartCapitalised && !char.IsUpper(c)) return from;
                if (IsWord(text, at, end, "và"))
                {
                    int next = TextScan.SkipSpace(text, at + 2, end);
                    bool lowerNext = next < end && char.IsLower(text[next]);
                    bool joinsLower = lowerNext && (!capitals || keyword.Role == KeywordRole.StartDescriptive);
                    bool joinsName = next < end && char.IsUpper(text[next]) && capitals
                        && !lexicon.Keywords.TryMatch(text, next, end, true, out _)
                        && !lexicon.Positions.TryMatch(text, next, end, true, out _)
                        && !lexicon.PersonTitles.TryMatch(text, next, end, true, out _);
                    if (!joinsLower && !joinsName) break;
                    pos = at + 2;
                    continue;
                }
                if (CompoundEnd(text, last, at, end, lexicon) is > 0 and var compoundEnd)
                {
                    last = pos = compoundEnd;
                    continue;
                }
                if (lexicon.StopWords.TryMatch(text, at, end, true, out _)
                    || keyword.Role != KeywordRole.StartDescriptive && lexicon.PlaceWords.TryMatch(text, at, end, true, out _))
                    break;
                int wordEnd = TextScan.WordEnd(text, at, end);
                if (IsWord(text, at, end, "lần") && Ordinal(text, wordEnd, end) is > 0 and var ordinalEnd)
                    return ordinalEnd;
                capitals |= char.IsUpper(c);
                last = pos = wordEnd;
                continue;
            }
            if (c == ',' && (!capitals && ListAhead(text, at + 1, end, lexicon) || CommaPair(text, last, end, lexicon)))
            {
                pos = at + 1;
                continue;
            }
            if (TextScan.IsDash(c) || c == '+')
            {
                int next = TextScan.SkipSpace(text, at + 1, end);
                if (next < end && (char.IsUpper(text[next]) || char.IsDigit(text[next])))
                {
                    pos = at + 1;
                    continue;
                }
                break;
            }
            if (c == '.' && char.IsDigit(text[at - 1]) && at + 1 < end && char.IsDigit(text[at + 1]))
            {
                pos = at + 1; // a version number: "Bridge 2.0"
                continue;
            }
            if (c == '(' && AcronymEnd(text, at, end) is > 0 and var acronymEnd)
                return acronymEnd;
            break;
        }
        return last;
    }

    /// <summary>After a comma: lower-case words, more commas, then "và" and a lower-case word.</summary>
    static bool ListAhead(string text, int at, int end, EntityLexicon lexicon)
    {
        for (int words = 0; words < 10; words++)
        {
            at = TextScan.SkipSpace(text, at, end);
            if (at >= end) return false;
            if (text[at] == ',') { at++; continue; }
            if (!char.IsLower(text[at]) || lexicon.StopWords.TryMatch(text, at, end, true, out _)) return false;
            if (IsWord(text, at, end, "và"))
            {
                int next = TextScan.SkipSpace(text, at + 2, end);
                return next < end && char.IsLower(text[next]);
            }
            at = TextScan.WordEnd(text, at, end);
        }
        return false;
    }

    /// <summary>The end of a compound that began with the word before <paramref name="at"/> and goes past it, or 0.</summary>
    static int CompoundEnd(string text, int wordEnd, int at, int end, EntityLexicon lexicon)
    {
        foreach (int from in (int[])[TextScan.WordStartBack(text, wordEnd, 0), at])
            if (lexicon.Compounds.TryMatch(text, from, end, true, out int compoundEnd) && compoundEnd > at)
                return compoundEnd;
        return 0;
    }

    static bool CommaPair(string text, int wordEnd, int end, EntityLexicon lexicon)
    {
        int start = TextScan.WordStartBack(text, wordEnd, 0);
        return start < wordEnd && lexicon.CommaPairs.TryMatch(text, start, end, true, out int pairEnd) && pairEnd > wordEnd;
    }

    /// <summary>"lần thứ 16": the end of the number, or 0.</summary>
    static int Ordinal(string text, int at, int end)
    {
        at = TextScan.SkipSpace(text, at, end);
        if (!IsWord(text, at, end, "thứ")) return 0;
        at = TextScan.SkipSpace(text, at + 3, end);
        int number = at;
        while (at < end && char.IsDigit(text[at])) at++;
        return at > number ? at : 0;
    }

    /// <summary>"(OSA)": the end after the bracket, or 0 when the brackets hold something else.</summary>
    internal static int AcronymEnd(string text, int open, int end)
    {
        int upper = 0;
        for (int i = open + 1; i < end && i - open <= 12; i++)
        {
            char c = text[i];
            if (c == ')') return upper >= 2 ? i + 1 : 0;
            if (char.IsUpper(c)) upper++;
            else if (!char.IsDigit(c) && c != '-') return 0;
        }
        return 0;
    }

    static bool IsWord(string text, int at, int end, string word) =>
        at + word.Length <= end && string.CompareOrdinal(text, at, word, 0, word.Length) == 0
        && (at + word.Length == end || !TextScan.IsWordChar(text[at + word.Length]));

    static bool Contains(string text, int start, int end, string value) =>
        text.AsSpan(start, end - start).Contains(value, StringComparison.Ordinal);
}

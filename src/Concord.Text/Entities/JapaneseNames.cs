using Concord.Text.Segmentation;

namespace Concord.Text.Entities;

/// <summary>
/// Finds Japanese names: a type word at the end ("委員会", "対話", "プログラム", "銀行", "大学", "万博" ...) and
/// the run of kanji, katakana, Latin letters, digits and "・" before it ("日越協力委員会", "大阪・関西万博",
/// "第16回メコン・日本外相会議"), with an acronym in brackets after it ("国際協力銀行（JBIC）").
/// A one-character type word needs at least two characters of name ("外務省", not "省").
/// </summary>
internal static class JapaneseNames
{
    const int MaxName = 24;

    public static void Find(string text, TextSpan range, EntityLexicon lexicon, List<Entity> found)
    {
        for (int i = range.Start + 1; i < range.End; i++)
        {
            if (!lexicon.Suffixes.TryMatch(text, i, range.End, false, out int end, out var keyword))
                continue;
            int start = i;
            while (start > range.Start && i - start < MaxName && IsNameChar(text[start - 1]))
                start--;
            if (i - start >= (end - i == 1 ? 2 : 1))
            {
                if (end < range.End && text[end] is '(' or '（' && AcronymEnd(text, end, range.End) is > 0 and var acronymEnd)
                    end = acronymEnd;
                found.Add(new Entity(text[start..end], new TextSpan(start, end), keyword.Type));
            }
            i = end - 1;
        }
    }

    static bool IsNameChar(char c) =>
        TextScan.IsKanji(c) || TextScan.IsKana(c) && !TextScan.IsHiragana(c) || c is '・' or 'ー' or '＝'
        || char.IsAsciiLetterOrDigit(c) || c is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ';

    static int AcronymEnd(string text, int open, int end)
    {
        for (int i = open + 1; i < end && i - open <= 12; i++)
        {
            if (text[i] is ')' or '）') return i - open > 2 ? i + 1 : 0;
            if (!char.IsAsciiLetterUpper(text[i]) && !char.IsAsciiDigit(text[i])) return 0;
        }
        return 0;
    }
}

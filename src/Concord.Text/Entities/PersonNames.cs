using Concord.Text.Segmentation;

namespace Concord.Text.Entities;

/// <summary>Finds people named after a title: a title ("Prime Minister", "Thủ tướng"), what may stand between
/// ("of the Socialist Republic of Việt Nam", "Nhật Bản"), then one to five capitalised words.</summary>
internal static class PersonNames
{
    const int MaxNameWords = 5;

    public static List<PersonName> Find(string text, TextSpan range, Language language)
    {
        var people = new List<PersonName>();
        if (language == Language.Ja)
            return people;
        var lexicon = EntityLexicon.For(language);
        for (int i = range.Start; i < range.End; i++)
        {
            if (!char.IsUpper(text[i]) || !TextScan.IsWordStart(text, i, range.Start)
                || !lexicon.PersonTitles.TryMatch(text, i, range.End, true, out int titleEnd))
                continue;
            int name = TextScan.SkipSpace(text, titleEnd, range.End);
            for (int guard = 0; guard < 2 && lexicon.TitleComplements.TryMatch(text, name, range.End, true, out int complementEnd); guard++)
                name = TextScan.SkipSpace(text, complementEnd, range.End);
            int end = name, at = name;
            for (int words = 0; words < MaxNameWords && at < range.End && char.IsUpper(text[at]); words++)
            {
                if (lexicon.PersonTitles.TryMatch(text, at, range.End, true, out _)) break;
                end = TextScan.WordEnd(text, at, range.End);
                while (end + 1 < range.End && text[end] == '-' && char.IsLetter(text[end + 1]))
                    end = TextScan.WordEnd(text, end + 1, range.End);
                at = SkipSpaceInLine(text, end, range.End);
            }
            if (end > name)
                people.Add(new PersonName(i, name, end));
            i = Math.Max(i, end - 1);
        }
        return people;
    }

    static int SkipSpaceInLine(string text, int i, int end)
    {
        while (i < end && text[i] is ' ' or '\u00A0') i++;
        return i;
    }
}

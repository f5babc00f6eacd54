using Concord.Text.Segmentation;

namespace Concord.Text.Entities;

/// <summary>Finds people named after a title: a title ("Prime Minister", "Thủ tướng"), what may stand between
/// ("of the Socialist Republic of Việt Nam", "Nhật Bản", or a form of state and a one-word name: "Vương quốc
/// Castella"), then one to five capitalised words.</summary>
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
            if (name == TextScan.SkipSpace(text, titleEnd, range.End)
                && lexicon.CountryForms.TryMatch(text, name, range.End, true, out int formEnd))
            {
                int country = TextScan.SkipSpace(text, formEnd, range.End);
                if (country < range.End && char.IsUpper(text[country]))
                    name = SkipSpaceInLine(text, TextScan.WordEnd(text, country, range.End), range.End);
            }
            int end = name, at = name;
            for (int words = 0; words < MaxNameWords && at < range.End && char.IsUpper(text[at]); words++)
            {
                if (lexicon.PersonTitles.TryMatch(text, at, range.End, true, out _)) break;
                end = TextScan.WordEnd(text, at, range.End);
                while (end + 1 < range.End && text[end] == '-' && char.IsLetter(text[end + 1]))
                    end = TextScan.WordEnd(text, end + 1, range.End);
                at = SkipSpaceInLine(text, end, range.End);
            }
            if (end > name && !IsAcronym(text, name, TextScan.WordEnd(text, name, range.End)))
                people.Add(new PersonName(i, name, end));
            i = Math.Max(i, end - 1);
        }
        return people;
    }

    /// <summary>"Chủ tịch SOCC" is a chair of a body, not a person.</summary>
    static bool IsAcronym(string text, int start, int end) =>
        end - start >= 2 && text.AsSpan(start, end - start).ContainsAnyExcept(UpperAndDigits) is false;

    static readonly System.Buffers.SearchValues<char> UpperAndDigits =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ0123456789");

    static int SkipSpaceInLine(string text, int i, int end)
    {
        while (i < end && text[i] is ' ' or '\u00A0') i++;
        return i;
    }
}

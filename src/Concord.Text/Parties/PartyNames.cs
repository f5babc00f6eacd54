using Concord.Text.Segmentation;

namespace Concord.Text.Parties;

/// <summary>Reads a party from the words that name it in a title: "the Republic of Aurelia" is "Aurelia",
/// "nước Cộng hòa xã hội chủ nghĩa Việt Nam" is "Việt Nam", "ノルヴァニア王国" is "ノルヴァニア".</summary>
internal static class PartyNames
{
    const int MaxWords = 5;
    const int MaxJapaneseLength = 16;

    /// <summary>The party named by <c>text[start..end]</c>, or null when it does not look like a country's name.</summary>
    public static Party? Read(string text, int start, int end, PartyLanguage tables)
    {
        start = TextScan.SkipSpace(text, start, end);
        end = TextScan.TrimEnd(text, start, end, " \t\n,.;:「」『』（）()\"“”");
        if (end <= start)
            return null;
        if (tables.Language == Language.Ja)
            return ReadJapanese(text, start, end, tables);
        if (tables.WholeWords && Word(text, start, end, "the") is int afterThe)
            start = afterThe;
        var full = TextScan.Collapse(text, start, end);
        if (Known(text, start, end, tables) is { } known)
            return new Party(known);
        int name = start;
        while (tables.StateForms.TryMatch(text, name, end, true, out int formEnd))
        {
            name = TextScan.SkipSpace(text, formEnd, end);
            if (Word(text, name, end, "the") is int after) name = after;
        }
        if (name >= end)
            return null;
        if (Known(text, name, end, tables) is { } stripped)
            return new Party(stripped);
        if (!LooksLikeName(text, name, end))
            return null;
        var canonical = TextScan.Collapse(text, name, end);
        return new Party(canonical, name > start ? [full] : []);
    }

    static Party? ReadJapanese(string text, int start, int end, PartyLanguage tables)
    {
        if (end - start > MaxJapaneseLength + 8)
            return null;
        var full = text[start..end];
        if (Known(text, start, end, tables) is { } known)
            return new Party(known);
        int name = end;
        // The form of state is written after the name: the longest one that ends the phrase.
        foreach (var form in Languages.Ja.JaPartyWords.StateForms)
            if (end - start > form.Length && full.EndsWith(form, StringComparison.Ordinal))
            {
                name = end - form.Length;
                break;
            }
        if (name < end && Known(text, start, name, tables) is { } stripped)
            return new Party(stripped);
        for (int i = start; i < name; i++)
            if (!(TextScan.IsKanji(text[i]) || TextScan.IsKana(text[i]) && !TextScan.IsHiragana(text[i]) || text[i] is '・' or 'ー'))
                return null;
        if (name - start is < 2 or > MaxJapaneseLength)
            return null;
        return new Party(text[start..name], name < end ? [full] : []);
    }

    static string? Known(string text, int start, int end, PartyLanguage tables) =>
        KnownCountries.TryMatch(text, start, end, tables, out int matchEnd, out var party) && matchEnd == end ? party : null;

    /// <summary>One to five words, each starting with a capital letter (a short joining word such as "and"
    /// or "of" aside): "Norvania", "Trinidad and Tobago", "Cộng hòa" is already stripped.</summary>
    static bool LooksLikeName(string text, int start, int end)
    {
        if (!char.IsUpper(text[start]))
            return false;
        int words = 0;
        for (int i = start; i < end;)
        {
            int wordEnd = i;
            while (wordEnd < end && !char.IsWhiteSpace(text[wordEnd])) wordEnd++;
            for (int j = i; j < wordEnd; j++)
                if (!(char.IsLetter(text[j]) || text[j] is '-' or '\'' or '’' or '.'))
                    return false;
            if (++words > MaxWords || !char.IsUpper(text[i]) && wordEnd - i > 3)
                return false;
            i = TextScan.SkipSpace(text, wordEnd, end);
        }
        return true;
    }

    /// <summary>The position after <paramref name="word"/> and its space when the text starts with it.</summary>
    static int? Word(string text, int start, int end, string word) =>
        end - start > word.Length && string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
            && char.IsWhiteSpace(text[start + word.Length])
            ? TextScan.SkipSpace(text, start + word.Length, end)
            : null;
}

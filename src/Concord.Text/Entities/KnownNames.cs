using Concord.Text.Segmentation;

namespace Concord.Text.Entities;

/// <summary>Names a table knows: acronyms of organisations and programmes ("JBIC", "ASEAN", "NEXUS") and
/// cities ("Hà Nội", "Osaka"). An acronym must be written in capitals, a place with a capital.</summary>
internal static class KnownNames
{
    public static void Find(string text, TextSpan range, EntityLexicon lexicon, bool wholeWords, List<Entity> found)
    {
        for (int i = range.Start; i < range.End; i++)
        {
            if (wholeWords && !TextScan.IsWordStart(text, i, range.Start) || !char.IsUpper(text[i]) && wholeWords)
                continue;
            if (!lexicon.KnownNames.TryMatch(text, i, range.End, wholeWords, out int end, out var type))
                continue;
            if (type == EntityType.Place || AllCapitals(text, i, end))
                found.Add(new Entity(text[i..end], new TextSpan(i, end), type));
            i = end - 1;
        }
    }

    static bool AllCapitals(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (char.IsLower(text[i])) return false;
        return true;
    }
}

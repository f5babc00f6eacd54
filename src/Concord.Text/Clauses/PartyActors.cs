using System.Globalization;
using Concord.Text.Parties;

namespace Concord.Text.Clauses;

/// <summary>The phrases that stand for a party as a subject, made from its names by the language's patterns:
/// "Aurelia", "the Aurelia side", "the Government of Aurelia", "phía Aurelia", "アウレリア側", and "the Aurelian
/// side" when the document itself writes "Aurelian".</summary>
internal static class PartyActors
{
    /// <summary>The phrases of every known country: what a text with no known parties is read with.</summary>
    public static IEnumerable<(string Phrase, string Actor)> Known(Language language)
    {
        var tables = PartyLanguage.For(language);
        foreach (var (party, names, attributive) in tables.Countries)
            foreach (var phrase in Phrases(tables, names, attributive))
                yield return (phrase, party);
    }

    /// <summary>The phrases of the document's parties: their known names, the names they are given or written
    /// with, and the adjectives of those names that <paramref name="text"/> uses.</summary>
    public static IEnumerable<(string Phrase, string Actor)> Of(IReadOnlyList<Party> parties, Language language, string text)
    {
        var tables = PartyLanguage.For(language);
        foreach (var party in parties)
        {
            var row = tables.Country(party.Name);
            var names = new List<string>(row?.Names ?? []) { party.Name };
            names.AddRange(party.Forms);
            var attributive = new List<string>(row?.Attributive ?? []);
            if (row is null)
                foreach (var name in names)
                    attributive.AddRange(Adjectives(name, tables.AdjectiveEndings, text));
            foreach (var phrase in Phrases(tables, names, attributive))
                yield return (phrase, party.Name);
        }
    }

    static IEnumerable<string> Phrases(PartyLanguage tables, IEnumerable<string> names, IEnumerable<string> attributive)
    {
        foreach (var name in names)
            foreach (var pattern in tables.NamePhrases)
                yield return string.Format(CultureInfo.InvariantCulture, pattern, name);
        foreach (var form in attributive)
            foreach (var pattern in tables.AttributivePhrases)
                yield return string.Format(CultureInfo.InvariantCulture, pattern, form);
    }

    /// <summary>"Aurelia" => "Aurelian", "Japan" => "Japanese", "Italy" => "Italian": each ending added to the name
    /// and to the name without its last vowel, kept when the text has it as a whole word.</summary>
    static IEnumerable<string> Adjectives(string name, string[] endings, string text)
    {
        if (endings.Length == 0 || name.Length < 3 || name.Contains(' ', StringComparison.Ordinal))
            yield break;
        var stems = "aeiouy".Contains(name[^1], StringComparison.Ordinal) ? [name, name[..^1]] : new[] { name };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in stems)
            foreach (var ending in endings)
            {
                var adjective = stem + ending;
                if (seen.Add(adjective) && HasWord(text, adjective))
                    yield return adjective;
            }
    }

    static bool HasWord(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            int end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                return true;
        }
        return false;
    }
}

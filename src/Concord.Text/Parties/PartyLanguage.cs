using Concord.Text.Languages.En;
using Concord.Text.Languages.Ja;
using Concord.Text.Languages.Vi;
using Concord.Text.Segmentation;

namespace Concord.Text.Parties;

/// <summary>A language's party tables, compiled once.</summary>
internal sealed class PartyLanguage
{
    public required Language Language { get; init; }
    public required (string Party, string[] Names, string[] Attributive)[] Countries { get; init; }
    /// <summary>Every known country's names (not the attributive forms, which are words of their own), to the
    /// canonical name.</summary>
    public required PhraseTrie<string> CountryNames { get; init; }
    public required PhraseTrie<bool> StateForms { get; init; }
    public required PhraseTrie<bool> TitleWords { get; init; }
    public required PhraseTrie<bool> TitleLinks { get; init; }
    public required PhraseTrie<bool> Joiners { get; init; }
    public required PhraseTrie<bool> Stops { get; init; }
    public required PhraseTrie<bool> Introducers { get; init; }
    public required string[] NamePhrases { get; init; }
    public required string[] AttributivePhrases { get; init; }
    public required string[] AdjectiveEndings { get; init; }

    public bool WholeWords => Language != Language.Ja;

    static readonly PartyLanguage En = new()
    {
        Language = Language.En,
        Countries = EnPartyWords.Countries,
        CountryNames = Names(EnPartyWords.Countries),
        StateForms = Set(EnPartyWords.StateForms),
        TitleWords = Set(EnPartyWords.TitleWords),
        TitleLinks = Set(EnPartyWords.TitleLinks),
        Joiners = Set(EnPartyWords.PartyJoiners),
        Stops = Set(EnPartyWords.TitleStops),
        Introducers = Set(EnPartyWords.NameIntroducers),
        NamePhrases = EnPartyWords.NamePhrases,
        AttributivePhrases = EnPartyWords.AttributivePhrases,
        AdjectiveEndings = EnPartyWords.AdjectiveEndings,
    };

    static readonly PartyLanguage Vi = new()
    {
        Language = Language.Vi,
        Countries = ViPartyWords.Countries,
        CountryNames = Names(ViPartyWords.Countries),
        StateForms = Set(ViPartyWords.StateForms),
        TitleWords = Set(ViPartyWords.TitleWords),
        TitleLinks = Set(ViPartyWords.TitleLinks),
        Joiners = Set(ViPartyWords.PartyJoiners),
        Stops = Set(ViPartyWords.TitleStops),
        Introducers = Set(ViPartyWords.NameIntroducers),
        NamePhrases = ViPartyWords.NamePhrases,
        AttributivePhrases = ViPartyWords.AttributivePhrases,
        AdjectiveEndings = [],
    };

    static readonly PartyLanguage Ja = new()
    {
        Language = Language.Ja,
        Countries = JaPartyWords.Countries,
        CountryNames = Names(JaPartyWords.Countries),
        StateForms = Set(JaPartyWords.StateForms),
        TitleWords = Set(JaPartyWords.TitleWords),
        TitleLinks = Set([]),
        Joiners = Set(JaPartyWords.PartyJoiners),
        Stops = Set(JaPartyWords.TitleStops),
        // Japanese marks a party after its name: "X側", "X政府".
        Introducers = Set(JaPartyWords.NameMarkers),
        NamePhrases = JaPartyWords.NamePhrases,
        AttributivePhrases = JaPartyWords.AttributivePhrases,
        AdjectiveEndings = [],
    };

    public static PartyLanguage For(Language language) => language switch
    {
        Language.Vi => Vi,
        Language.Ja => Ja,
        _ => En,
    };

    /// <summary>The known country's row, or null.</summary>
    public (string Party, string[] Names, string[] Attributive)? Country(string party)
    {
        foreach (var row in Countries)
            if (string.Equals(row.Party, party, StringComparison.Ordinal))
                return row;
        return null;
    }

    static PhraseTrie<string> Names((string Party, string[] Names, string[] Attributive)[] countries) =>
        new(countries.SelectMany(c => c.Names.Select(n => (n, c.Party))));

    static PhraseTrie<bool> Set(IEnumerable<string> phrases) => new(phrases.Select(p => (p, true)));
}

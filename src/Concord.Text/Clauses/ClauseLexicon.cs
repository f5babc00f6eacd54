using Concord.Text.Languages.En;
using Concord.Text.Languages.Ja;
using Concord.Text.Languages.Vi;
using Concord.Text.Parties;
using Concord.Text.Segmentation;

namespace Concord.Text.Clauses;

/// <summary>A language's clause tables, compiled once into tries; a document with parties gets a copy whose
/// actors know them too.</summary>
internal sealed record ClauseLexicon
{
    public required Language Language { get; init; }
    public required PhraseTrie<CueWord> Cues { get; init; }
    public required PhraseTrie<string> Actors { get; init; }
    public required PhraseTrie<bool> Openers { get; init; }
    public required PhraseTrie<bool> Coordinators { get; init; }
    public required PhraseTrie<bool> Adverbs { get; init; }
    public required PhraseTrie<bool> Complementizers { get; init; }
    public required PhraseTrie<bool> CueBlockers { get; init; }
    public required PhraseTrie<bool> Prepositions { get; init; }
    public required PhraseTrie<bool> EffectVerbs { get; init; }

    /// <summary>The document's parties: a clause of all of them is "both". Empty when they are not known.</summary>
    public IReadOnlyList<string> Parties { get; init; } = [];

    /// <summary>The actors that are countries: the known ones and the document's parties.</summary>
    public required IReadOnlySet<string> Countries { get; init; }

    /// <summary>Whether phrases must be whole words: true for languages written with spaces.</summary>
    public bool WholeWords => Language != Language.Ja;

    static readonly ClauseLexicon En = new()
    {
        Language = Language.En,
        Cues = new(EnClauseWords.Cues),
        Actors = new(EnClauseActors.Actors.Concat(PartyActors.Known(Language.En))),
        Countries = KnownNames(Language.En),
        Openers = Set(EnClauseWords.Openers),
        Coordinators = Set(EnClauseWords.Coordinators),
        Adverbs = Set(EnClauseWords.Adverbs),
        Complementizers = Set(EnClauseWords.Complementizers),
        CueBlockers = Set(EnClauseWords.CueBlockers),
        Prepositions = Set(EnClauseWords.Prepositions),
        EffectVerbs = Set(EnClauseWords.EffectVerbs),
    };

    static readonly ClauseLexicon Vi = new()
    {
        Language = Language.Vi,
        Cues = new(ViClauseWords.Cues),
        Actors = new(ViClauseActors.Actors.Concat(PartyActors.Known(Language.Vi))),
        Countries = KnownNames(Language.Vi),
        Openers = Set(ViClauseWords.Openers),
        Coordinators = Set(ViClauseWords.Coordinators),
        Adverbs = Set(ViClauseWords.Adverbs),
        Complementizers = Set(ViClauseWords.Complementizers),
        CueBlockers = Set(ViClauseWords.CueBlockers),
        Prepositions = Set(ViClauseWords.Prepositions),
        EffectVerbs = Set(ViClauseWords.EffectVerbs),
    };

    static readonly ClauseLexicon Ja = new()
    {
        Language = Language.Ja,
        Cues = new(JaClauseWords.Cues),
        Actors = new(JaClauseActors.Actors.Concat(PartyActors.Known(Language.Ja))),
        Countries = KnownNames(Language.Ja),
        // Japanese clauses end in their verb: the verb-final splitter reads its endings from JaClauseWords.
        Openers = Set([]),
        Coordinators = Set([]),
        Adverbs = Set([]),
        Complementizers = Set([]),
        CueBlockers = Set([]),
        Prepositions = Set([]),
        EffectVerbs = Set([]),
    };

    public static ClauseLexicon For(Language language) => language switch
    {
        Language.Vi => Vi,
        Language.Ja => Ja,
        _ => En,
    };

    /// <summary>The tables of a document whose parties are known: the fixed phrases, every known country, then
    /// the phrases of the parties, which win over the others.</summary>
    public static ClauseLexicon For(Language language, IReadOnlyList<Party>? parties, string text)
    {
        var lexicon = For(language);
        if (parties is not { Count: > 0 })
            return lexicon;
        var actors = new PhraseTrie<string>(language switch
        {
            Language.Vi => ViClauseActors.Actors,
            Language.Ja => JaClauseActors.Actors,
            _ => EnClauseActors.Actors,
        });
        foreach (var (phrase, actor) in PartyActors.Known(language).Concat(PartyActors.Of(parties, language, text)))
            actors.Add(phrase, actor);
        var countries = new HashSet<string>(lexicon.Countries, StringComparer.Ordinal);
        countries.UnionWith(parties.Select(p => p.Name));
        return lexicon with { Actors = actors, Parties = [.. parties.Select(p => p.Name)], Countries = countries };
    }

    static HashSet<string> KnownNames(Language language) =>
        new(PartyLanguage.For(language).Countries.Select(c => c.Party), StringComparer.Ordinal);

    static PhraseTrie<bool> Set(IEnumerable<string> phrases) => new(phrases.Select(p => (p, true)));
}

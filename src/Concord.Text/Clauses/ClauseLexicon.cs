using Concord.Text.Languages.En;
using Concord.Text.Languages.Ja;
using Concord.Text.Languages.Vi;
using Concord.Text.Segmentation;

namespace Concord.Text.Clauses;

/// <summary>A language's clause tables, compiled once into tries.</summary>
internal sealed class ClauseLexicon
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

    /// <summary>Whether phrases must be whole words: true for languages written with spaces.</summary>
    public bool WholeWords => Language != Language.Ja;

    static readonly ClauseLexicon En = new()
    {
        Language = Language.En,
        Cues = new(EnClauseWords.Cues),
        Actors = new(EnClauseActors.Actors),
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
        Actors = new(ViClauseActors.Actors),
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
        Actors = new(JaClauseActors.Actors),
        Openers = Set(JaClauseWords.OpenerEndings),
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

    static PhraseTrie<bool> Set(IEnumerable<string> phrases) => new(phrases.Select(p => (p, true)));
}

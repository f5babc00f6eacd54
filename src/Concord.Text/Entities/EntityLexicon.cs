using Concord.Text.Languages.En;
using Concord.Text.Languages.Ja;
using Concord.Text.Languages.Vi;
using Concord.Text.Segmentation;

namespace Concord.Text.Entities;

/// <summary>A language's entity tables, compiled once into tries.</summary>
internal sealed class EntityLexicon
{
    public required PhraseTrie<EntityKeyword> Keywords { get; init; }
    public required PhraseTrie<EntityKeyword> Suffixes { get; init; }
    public required PhraseTrie<EntityType> KnownNames { get; init; }
    public required PhraseTrie<bool> FunctionWords { get; init; }
    public required PhraseTrie<bool> Boundaries { get; init; }
    public required PhraseTrie<bool> StopWords { get; init; }
    public required PhraseTrie<bool> CommaPairs { get; init; }
    public required PhraseTrie<bool> PluralWords { get; init; }
    public required PhraseTrie<bool> PlaceWords { get; init; }
    public required PhraseTrie<bool> PersonTitles { get; init; }
    public required PhraseTrie<bool> TitleComplements { get; init; }
    public required PhraseTrie<bool> CountryForms { get; init; }
    public required PhraseTrie<bool> Compounds { get; init; }
    public required PhraseTrie<bool> Positions { get; init; }

    public static readonly EntityLexicon En = new()
    {
        Keywords = new(EnEntityWords.Keywords),
        Suffixes = new(EnEntityWords.Suffixes),
        KnownNames = new(EnEntityWords.KnownNames),
        FunctionWords = Set(EnEntityWords.FunctionWords),
        Boundaries = Set(EnEntityWords.ProjectBoundaries),
        StopWords = Set([]),
        CommaPairs = Set([]),
        PluralWords = Set([]),
        PlaceWords = Set([]),
        PersonTitles = Set(EnEntityWords.PersonTitles),
        TitleComplements = Set(EnEntityWords.TitleComplements),
        CountryForms = Set(EnEntityWords.CountryForms),
        Compounds = Set([]),
        Positions = Set([]),
    };

    public static readonly EntityLexicon Vi = new()
    {
        Keywords = new(ViEntityWords.Keywords),
        Suffixes = new([]),
        KnownNames = new(ViEntityWords.KnownNames),
        FunctionWords = Set([]),
        Boundaries = Set([]),
        StopWords = Set(ViEntityWords.StopWords),
        CommaPairs = Set(ViEntityWords.CommaPairs),
        PluralWords = Set(ViEntityWords.PluralWords),
        PlaceWords = Set(ViEntityWords.PlaceWords),
        PersonTitles = Set(ViEntityWords.PersonTitles),
        TitleComplements = Set(ViEntityWords.TitleComplements),
        CountryForms = Set(ViEntityWords.CountryForms),
        Compounds = Set(ViEntityWords.Compounds),
        Positions = Set(ViEntityWords.Positions),
    };

    public static readonly EntityLexicon Ja = new()
    {
        Keywords = new([]),
        Suffixes = new(JaEntityWords.Suffixes),
        KnownNames = new(JaEntityWords.KnownNames),
        FunctionWords = Set([]),
        Boundaries = Set([]),
        StopWords = Set([]),
        CommaPairs = Set([]),
        PluralWords = Set([]),
        PlaceWords = Set([]),
        PersonTitles = Set([]),
        TitleComplements = Set([]),
        CountryForms = Set([]),
        Compounds = Set([]),
        Positions = Set([]),
    };

    public static EntityLexicon For(Language language) => language switch
    {
        Language.Vi => Vi,
        Language.Ja => Ja,
        _ => En,
    };

    static PhraseTrie<bool> Set(IEnumerable<string> phrases) => new(phrases.Select(p => (p, true)));
}

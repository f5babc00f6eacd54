using Concord.Text.Entities;

namespace Concord.Text.Tests.Entities;

/// <summary>What every result of the entity recognizer must be, whatever its input.</summary>
public static class EntityAssert
{
    public static void Valid(string text, TextSpan range, IReadOnlyList<Entity> entities)
    {
        foreach (var entity in entities)
        {
            Assert.True(range.Contains(entity.Span) && entity.Span.Length > 0, $"{entity.Span} outside {range}");
            Assert.Equal(entity.Span.Of(text), entity.Text);
        }
        foreach (var group in entities.GroupBy(e => e.Type))
        {
            var spans = group.Select(e => e.Span).ToList();
            for (int i = 1; i < spans.Count; i++)
                Assert.False(spans[i - 1].Overlaps(spans[i]), $"{group.Key}: {spans[i - 1]} overlaps {spans[i]}");
        }
        for (int i = 1; i < entities.Count; i++)
            Assert.True(entities[i - 1].Span.Start <= entities[i].Span.Start, "entities out of order");
    }
}

using Concord.Text.Entities;
using Concord.Text.Outline;

namespace Concord.Text.Tests.Specs.Renderers;

/// <summary><c>~~~ entities</c>: one line per entity of every paragraph of the input, in order of start
/// (the longer first): <c>type | text</c>, line breaks in the text as spaces.</summary>
public sealed class EntitiesRenderer : ISpecRenderer
{
    public string Kind => "entities";

    public IEnumerable<string> Render(SpecInput input)
    {
        foreach (var paragraph in ClausesRenderer.Paragraphs(input.Text))
            foreach (var entity in EntityRecognizer.Recognize(input.Text, paragraph, input.Language, ItemKind.Item))
                yield return $"{entity.Type.ToString().ToLowerInvariant()} | {ClausesRenderer.OneLine(entity.Text)}";
    }
}

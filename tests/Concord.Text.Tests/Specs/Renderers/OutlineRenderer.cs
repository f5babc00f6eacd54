using Concord.Text.Outline;

namespace Concord.Text.Tests.Specs.Renderers;

/// <summary>One line per item: <c>path kind "label" text</c>, where text is the heading of a section or
/// annex and the whole text of any other item, on one line (the blank line between paragraphs
/// becomes two spaces).</summary>
public sealed class OutlineRenderer : ISpecRenderer
{
    public string Kind => "outline";

    public IEnumerable<string> Render(SpecInput input)
    {
        var outline = OutlineParser.Parse(input.Text, input.Language);
        foreach (var item in outline.Items)
        {
            var kind = item.Kind switch
            {
                ItemKind.AnnexEntry => "annex-entry",
                _ => item.Kind.ToString().ToLowerInvariant(),
            };
            yield return $"{item.Path} {kind} \"{item.Label}\" {(item.Heading ?? item.TextOf(input.Text)).Replace('\n', ' ')}";
        }
    }
}

using Concord.Text.Outline;

namespace Concord.Text.Tests.Specs.Renderers;

/// <summary>One line per stretch left out of the items: <c>kind: text</c>.</summary>
public sealed class NoiseRenderer : ISpecRenderer
{
    public string Kind => "noise";

    public IEnumerable<string> Render(SpecInput input)
    {
        var outline = OutlineParser.Parse(input.Text, input.Language);
        return outline.Noise.Select(n => $"{n.Kind}: {n.Span.Of(input.Text).Replace('\n', ' ')}");
    }
}

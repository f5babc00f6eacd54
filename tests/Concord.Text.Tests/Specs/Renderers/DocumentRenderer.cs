using Concord.Text.Outline;

namespace Concord.Text.Tests.Specs.Renderers;

/// <summary>What the outline parser says of the whole document: <c>title: ...</c> when it found one,
/// then <c>diagnostic: code</c> for each diagnostic.</summary>
public sealed class DocumentRenderer : ISpecRenderer
{
    public string Kind => "document";

    public IEnumerable<string> Render(SpecInput input)
    {
        var outline = OutlineParser.Parse(input.Text, input.Language);
        if (outline.Title is not null) yield return $"title: {outline.Title}";
        foreach (var d in outline.Diagnostics)
            yield return $"diagnostic: {d.Code}";
    }
}

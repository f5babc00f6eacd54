using System.Reflection;

namespace Concord.Text.Tests.Specs;

/// <summary>Every example of every spec file under Specs/{en,vi,ja} becomes one test case.</summary>
public sealed class SpecTests
{
    static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Specs");

    static readonly Dictionary<string, ISpecRenderer> Renderers = typeof(SpecTests).Assembly.GetTypes()
        .Where(t => typeof(ISpecRenderer).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
        .Select(t => (ISpecRenderer)Activator.CreateInstance(t)!)
        .ToDictionary(r => r.Kind, StringComparer.Ordinal);

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, example) in AllExamples())
            data.Add(file, example.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example(string file, string name)
    {
        var example = AllExamples().Single(e => e.File == file && e.Example.Name == name).Example;
        Assert.NotEmpty(example.Expected);
        foreach (var (kind, expected) in example.Expected)
        {
            Assert.True(Renderers.TryGetValue(kind, out var renderer), $"{file}:{example.Line}: no renderer for block '{kind}'");
            var actual = renderer.Render(example.Input).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            Assert.True(expected.SequenceEqual(actual, StringComparer.Ordinal),
                $"{file}:{example.Line} '{name}' [{kind}]\nexpected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", actual)}");
        }
    }

    [Fact]
    public void SpecFiles_ExampleNames_AreUniquePerFile()
    {
        var duplicates = AllExamples().GroupBy(e => (e.File, e.Example.Name)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    static IEnumerable<(string File, SpecExample Example)> AllExamples() =>
        Directory.EnumerateFiles(Root, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(path =>
            {
                var display = Path.GetRelativePath(Root, path).Replace('\\', '/');
                return SpecFile.Read(path, display).Select(e => (display, e));
            });
}

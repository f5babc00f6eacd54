namespace Concord.Text.Tests.Specs;

/// <param name="Expected">Block kind => expected lines, trimmed, blank lines dropped.</param>
public sealed record SpecExample(string File, string Name, int Line, SpecInput Input, IReadOnlyDictionary<string, IReadOnlyList<string>> Expected);

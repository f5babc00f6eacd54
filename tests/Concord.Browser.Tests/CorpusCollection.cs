namespace Concord.Browser.Tests;

/// <summary>The test classes that share one app and Chromium over the corpus's statement: reading it and tracking it
/// (the tracking tests touch only the commitments they open).</summary>
[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<CorpusBrowserApp>
{
    public const string Name = "corpus";
}

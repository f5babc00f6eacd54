namespace Concord.Browser.Tests;

/// <summary>The test classes that share one app and Chromium over the demo register; they only read it.</summary>
[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoBrowserApp>
{
    public const string Name = "demo";
}

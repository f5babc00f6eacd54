namespace Concord.Browser.Tests;

/// <summary>The test classes that share one app and Chromium over a register with users and no statement.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "app";
}

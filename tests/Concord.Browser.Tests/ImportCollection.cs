namespace Concord.Browser.Tests;

/// <summary>The import test's own app and Chromium: it starts from a register with users and no statement and puts
/// one in, which the other collections must not see.</summary>
[CollectionDefinition(Name)]
public sealed class ImportCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "import";
}

using Concord.Commands;
using Concord.Data.Storage;

namespace Concord.Browser.Tests;

/// <summary>The app over the register <c>concord demo</c> makes (the sample statement, agencies, assignments, updates),
/// in the autumn after the statement, so that the dashboard has something overdue, something done and something
/// stalled: what the README's screenshots show.</summary>
public sealed class DemoBrowserApp() : BrowserApp(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero))
{
    public string StatementKey { get; private set; } = "";

    protected override bool IsPublic => true;

    protected override async Task<IReadOnlyList<(string User, string Password)>> ArrangeAsync(RegisterStore store)
    {
        var setup = await DemoRegister.PrepareAsync(store, () =>
            DemoSamples.Find() is { } folder ? DemoSamples.Load(folder, TextWriter.Null) : throw new DirectoryNotFoundException("samples/ not found"));
        Assert.Null(setup.Refusal);
        StatementKey = setup.StatementKey;
        return [.. setup.Accounts.Select(a => (a.UserName, a.Password))];
    }
}

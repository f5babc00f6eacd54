using System.Globalization;
using Concord.Data.Tests;
using Concord.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Concord.Tests.Faults;

/// <summary>Many clients updating the same commitments at once through the real <c>concord serve</c> on 127.0.0.1: every
/// accepted change is in the history, every refused one got a 409/412 and is nowhere, none is lost. The size is
/// small here; CONCORD_LOAD_CLIENTS and CONCORD_LOAD_ATTEMPTS make it larger (scripts/faults.sh load).</summary>
[Collection(FaultCollection.Name)]
public sealed class ConcurrentUpdateTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task ManyClients_SameCommitments_NoAcceptedChangeIsLostAndNoRefusedOneIsKept(string provider)
    {
        int clients = Setting("CONCORD_LOAD_CLIENTS", 6), attempts = Setting("CONCORD_LOAD_ATTEMPTS", 4);
        await using var register = await TestRegister.CreateAsync(provider);
        Seed seed;
        await using (var db = register.Store.Open()) seed = await Seed.WriteAsync(db);
        int[] ids = [seed.Overdue, seed.DueSoon];
        using var server = await ServerProcess.StartAsync(KillTests.Db(register));
        // One user for all clients (making each costs a password hash); conflicts are between versions, not users.
        string token = await ServerProcess.TokenAsync(register.Store);
        var users = Enumerable.Range(0, clients).Select(_ => server.Client(token)).ToList();

        var load = new UpdateLoad();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await load.RunAsync(users, ids, attempts);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{provider}: {clients} clients x {attempts} changes on {ids.Length} commitments in {watch.Elapsed.TotalSeconds:0.0} s: {load.Accepted.Count} accepted, {load.Refused.Count} refused (409/412), {load.Errors.Count} other"));

        Assert.Equal(clients * attempts, load.Accepted.Count + load.Refused.Count + load.Errors.Count);
        Assert.NotEmpty(load.Accepted);
        await LoadChecks.AssertHistoryMatchesAnswersAsync(register.Store, load);
        await RegisterChecks.AssertConsistentAsync(register.Store);
        await using var check = register.Store.Open();
        Assert.Equal(load.Accepted.Count(Odd), await check.Updates.CountAsync());
    }

    /// <summary>Odd attempts post progress updates (see <see cref="UpdateLoad"/>).</summary>
    static bool Odd(string marker)
    {
        int n = marker.IndexOf(" n", StringComparison.Ordinal) + 2;
        int end = marker.IndexOf(' ', n);
        return int.Parse(marker.AsSpan(n, end - n), CultureInfo.InvariantCulture) % 2 == 1;
    }

    internal static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0 ? value : fallback;
}

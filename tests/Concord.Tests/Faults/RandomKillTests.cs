using System.Globalization;
using Concord.Data.Tests;
using Concord.Tests.Api;
using Xunit.Abstractions;

namespace Concord.Tests.Faults;

/// <summary><c>concord serve</c> killed with SIGKILL at a random moment while several clients update the same
/// commitments, then started again on the same register, round after round: after each crash the register is
/// consistent, every acknowledged change is there once, no refused one is, and a change that got no answer is there
/// whole or not at all. One round here; CONCORD_FAULT_ROUNDS sets more (scripts/faults.sh), CONCORD_FAULT_SEED
/// repeats a run's delays.</summary>
[Collection(FaultCollection.Name)]
public sealed class RandomKillTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Server_KilledAtRandomDuringABurst_LosesNothingAcknowledgedAndKeepsNothingHalfDone(string provider)
    {
        int rounds = ConcurrentUpdateTests.Setting("CONCORD_FAULT_ROUNDS", 1);
        int seedValue = ConcurrentUpdateTests.Setting("CONCORD_FAULT_SEED", Random.Shared.Next(1, int.MaxValue));
        var random = new Random(seedValue);
        await using var register = await TestRegister.CreateAsync(provider);
        Seed seed;
        await using (var db = register.Store.Open()) seed = await Seed.WriteAsync(db);
        int[] ids = [seed.Overdue, seed.DueSoon, seed.Completed];
        string token = await ServerProcess.TokenAsync(register.Store);
        var loads = new List<UpdateLoad>();
        for (int round = 1; round <= rounds; round++)
        {
            var load = new UpdateLoad(string.Create(CultureInfo.InvariantCulture, $"r{round}"));
            loads.Add(load);
            int delay = random.Next(200, 1500);
            using (var server = await ServerProcess.StartAsync(KillTests.Db(register)))
            {
                var clients = Enumerable.Range(0, 4).Select(_ => server.Client(token)).ToList();
                using var stop = new CancellationTokenSource();
                var burst = load.RunAsync(clients, ids, attempts: 10_000, stop.Token);
                while (load.Accepted.Count == 0 && !burst.IsCompleted) await Task.Delay(20);
                await Task.Delay(delay);
                server.Process.Kill();
                await stop.CancelAsync();
                await burst;
            }
            string where = string.Create(CultureInfo.InvariantCulture, $"round {round}, CONCORD_FAULT_SEED={seedValue}, killed {delay} ms after the first answer");
            output.WriteLine($"{provider} {where}: {load.Accepted.Count} accepted, {load.Refused.Count} refused, {load.Unanswered.Count} unanswered");
            Assert.True(load.Accepted.Count > 0, where);
            try
            {
                await RegisterChecks.AssertConsistentAsync(register.Store);
                foreach (var l in loads) await LoadChecks.AssertHistoryMatchesAnswersAsync(register.Store, l);
            }
            catch (Xunit.Sdk.XunitException e)
            {
                throw new Xunit.Sdk.XunitException(where + ": " + e.Message);
            }
        }
    }
}

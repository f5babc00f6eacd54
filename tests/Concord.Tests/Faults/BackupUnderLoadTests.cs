using Concord.Data.Exchange;
using Concord.Data.Tests;
using Concord.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Concord.Tests.Faults;

/// <summary><c>concord backup</c> taken while clients keep updating the register through <c>concord serve</c>: the
/// archive restores into a fresh register that is consistent (the same checks as after a crash), holds only changes
/// that were accepted, and holds every change accepted before the backup started.</summary>
[Collection(FaultCollection.Name)]
public sealed class BackupUnderLoadTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Backup_DuringABurstOfUpdates_RestoresToAConsistentRegister(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        Seed seed;
        await using (var db = register.Store.Open()) seed = await Seed.WriteAsync(db);
        int[] ids = [seed.Overdue, seed.DueSoon, seed.Completed];
        string folder = Directory.CreateTempSubdirectory("concord-backup-").FullName;
        try
        {
            string archive = Path.Combine(folder, "backup.zip");
            using var server = await ServerProcess.StartAsync(KillTests.Db(register));
            string token = await ServerProcess.TokenAsync(register.Store);
            var users = Enumerable.Range(0, 4).Select(_ => server.Client(token)).ToList();
            using var stop = new CancellationTokenSource();
            var load = new UpdateLoad();
            var burst = load.RunAsync(users, ids, attempts: 1000, stop.Token);
            // Let the burst get going before the backup starts, and note what was accepted by then.
            while (load.Accepted.Count < 5 && !burst.IsCompleted) await Task.Delay(50);
            var acceptedBefore = load.Accepted.ToList();
            int exit;
            string printed;
            using (var backup = ConcordProcess.Start(["backup", archive, "--db", KillTests.Db(register)]))
            {
                exit = await backup.ExitAsync();
                printed = backup.Output;
            }
            int acceptedDuring = load.Accepted.Count - acceptedBefore.Count;
            await stop.CancelAsync();
            await burst;
            Assert.True(exit == 0, printed);
            output.WriteLine($"{provider}: {acceptedDuring} changes accepted while the backup ran, {load.Accepted.Count} in all, {load.Refused.Count} refused");
            Assert.True(acceptedDuring > 0, "no update was accepted while the backup ran: it did not run under load");
            await LoadChecks.AssertHistoryMatchesAnswersAsync(register.Store, load);

            await using var restored = await TestRegister.CreateAsync(provider);
            await using (var db = restored.Store.Open())
            await using (var stream = File.OpenRead(archive))
                Assert.Null((await RegisterRestore.RestoreAsync(db, stream)).Refusal);
            await RegisterChecks.AssertConsistentAsync(restored.Store, restored: true);
            await using var check = restored.Store.Open();
            var history = string.Join('\n', await check.Changes.Select(c => c.After ?? "").ToListAsync());
            foreach (var marker in acceptedBefore) Assert.Contains(marker, history, StringComparison.Ordinal);
            foreach (var marker in load.Refused) Assert.DoesNotContain(marker, history, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

using System.Globalization;
using System.Text;
using Concord.Data.Tests;
using Concord.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Faults;

/// <summary>The real <c>concord</c> killed with SIGKILL inside a write (held there by the fault hook,
/// CONCORD_FAULT_PAUSE): after it, the register is consistent, what was acknowledged before is all there, and the
/// interrupted write is absent entirely. Then the same write, run again, succeeds.</summary>
[Collection(FaultCollection.Name)]
public sealed class KillTests
{
    public static TheoryData<string, string> ProvidersAndPoints
    {
        get
        {
            var data = new TheoryData<string, string>();
            // save:1 is after the first rows of the write, before their history; commit:1 is just before the commit.
            // CONCORD_FAULT_POINTS gives others (scripts/faults.sh adds save:2, after the history, before the revision).
            string points = Environment.GetEnvironmentVariable("CONCORD_FAULT_POINTS") is { Length: > 0 } given ? given : "save:1 commit:1";
            foreach (var provider in TestRegister.Providers)
                foreach (var point in points.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    data.Add(provider, point);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ProvidersAndPoints))]
    public async Task Ingest_KilledInsideItsTransaction_LeavesTheRegisterAsBefore(string provider, string point)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await using (var db = register.Store.Open()) await Seed.WriteAsync(db);
        var before = await RegisterSnapshot.TakeAsync(register.Store);
        string[] ingest = ["ingest", Sample("statement.en.txt"), Sample("statement.vi.txt"), "--db", Db(register)];

        using (var killed = ConcordProcess.Start(ingest, Pause(point)))
        {
            await killed.WaitForAsync("concord-fault: paused");
            killed.Kill();
        }

        await RegisterChecks.AssertConsistentAsync(register.Store);
        Assert.Equal(before, await RegisterSnapshot.TakeAsync(register.Store));
        // Each run costs seconds: the same ingest run again once per provider shows the register takes it whole.
        if (point != "commit:1") return;
        using (var again = ConcordProcess.Start(ingest))
            Assert.True(await again.ExitAsync() == 0, again.Output);
        await RegisterChecks.AssertConsistentAsync(register.Store);
        await using var check = register.Store.Open();
        Assert.Equal(4, await check.Versions.CountAsync());
    }

    [Theory]
    [MemberData(nameof(ProvidersAndPoints))]
    public async Task Import_KilledInsideItsTransaction_AppliesNoRow(string provider, string point)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        Seed seed;
        await using (var db = register.Store.Open()) seed = await Seed.WriteAsync(db);
        string folder = Directory.CreateTempSubdirectory("concord-faults-").FullName;
        try
        {
            string csv = Path.Combine(folder, "edited.csv");
            await File.WriteAllTextAsync(csv, string.Create(CultureInfo.InvariantCulture,
                $"ID,Version,Status\n{seed.Overdue},1,completed\n{seed.DueSoon},1,stalled\n{seed.Completed},1,dropped\n"), Encoding.UTF8);
            var before = await RegisterSnapshot.TakeAsync(register.Store);

            using (var killed = ConcordProcess.Start(["import", csv, "--db", Db(register)], Pause(point)))
            {
                await killed.WaitForAsync("concord-fault: paused");
                killed.Kill();
            }

            await RegisterChecks.AssertConsistentAsync(register.Store);
            Assert.Equal(before, await RegisterSnapshot.TakeAsync(register.Store));
            if (point != "commit:1") return;
            using (var again = ConcordProcess.Start(["import", csv, "--db", Db(register)]))
                Assert.True(await again.ExitAsync() == 0, again.Output);
            await RegisterChecks.AssertConsistentAsync(register.Store);
            await using var check = register.Store.Open();
            Assert.Equal(3, await check.Commitments.CountAsync(c => c.Version == 2));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    internal static string Db(TestRegister register) => register.Store.FilePath ?? register.Store.ConnectionString;

    internal static Dictionary<string, string?> Pause(string point) => new(StringComparer.Ordinal)
    {
        ["CONCORD_FAULT_PAUSE"] = point,
        ["CONCORD_FAULT_PAUSE_MS"] = "60000",
    };

    static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);
}

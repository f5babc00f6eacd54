using System.Net;
using Concord.Data.Storage;
using Concord.Data.Tests;
using Concord.Tests.Api;
using Concord.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Npgsql;
using Xunit.Abstractions;

namespace Concord.Tests.Faults;

/// <summary>The register on a disk that fills up (a small tmpfs): a write gets 507 with a clear ProblemDetails and
/// changes nothing, reading goes on, the command line says so in one line with exit code 1, the register stays
/// sound, and once space is freed writes succeed again. On SQLite the file is on the small disk; on PostgreSQL the
/// register's database is in a tablespace on it (the server's own files and its WAL stay where they are, as when
/// the data volume of a server fills up).</summary>
[Collection(FaultCollection.Name)]
public sealed class FullDiskTests(ITestOutputHelper output)
{
    [FaultFact(Root = true)]
    public async Task DiskFull_WritesAreRefusedClearlyAndNothingIsCorrupted()
    {
        using var disk = SmallDisk.Mount(megabytes: 8);
        var store = RegisterStore.Resolve(Path.Combine(disk.Path, "concord.db"));
        await RefusesWritesWhileFullAsync(store, disk, store.FilePath!, () => Task.CompletedTask);
    }

    [FaultFact(Postgres = true, Root = true)]
    public async Task DiskFull_OnPostgres_WritesAreRefusedClearlyAndNothingIsCorrupted()
    {
        string server = Environment.GetEnvironmentVariable(TestRegister.PostgresVariable)!;
        // A new database copies its template into the tablespace: some 8 MB before the register's own tables.
        using var disk = SmallDisk.Mount(megabytes: 40);
        string suffix = Guid.NewGuid().ToString("N");
        string tablespace = "concord_small_" + suffix;
        var register = new NpgsqlConnectionStringBuilder(server) { Database = "concord_full_" + suffix };
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync();
        // The tablespace's folder must belong to the server's own user, as its data folder does.
        string dataFolder = (string)(await new NpgsqlCommand("SHOW data_directory", admin).ExecuteScalarAsync())!;
        Assert.Equal(0, SmallDisk.Run("chown", "--reference=" + dataFolder, disk.Path));
        await ExecuteAsync(admin, $"CREATE TABLESPACE \"{tablespace}\" LOCATION '{disk.Path}'");
        try
        {
            await ExecuteAsync(admin, $"CREATE DATABASE \"{register.Database}\" TABLESPACE \"{tablespace}\"");
            await RefusesWritesWhileFullAsync(RegisterStore.Resolve(register.ConnectionString), disk, register.ConnectionString, async () =>
            {
                // A new server process writes a cache file into the database's folder unless it is there: while the
                // disk is full it could not, and every new connection would be refused (a 503, not what is tested
                // here). One connection opened after migration leaves the file there.
                await using var fresh = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(register.ConnectionString) { Pooling = false }.ConnectionString);
                await fresh.OpenAsync();
            });
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{register.Database}\" WITH (FORCE)");
            await ExecuteAsync(admin, $"DROP TABLESPACE IF EXISTS \"{tablespace}\"");
        }
    }

    async Task RefusesWritesWhileFullAsync(RegisterStore store, SmallDisk disk, string db, Func<Task> beforeFilling)
    {
        await store.MigrateAsync();
        Seed seed;
        await using (var register = store.Open()) seed = await Seed.WriteAsync(register);
        string token = await ServerProcess.TokenAsync(store);
        await using var app = ConcordApp.Build(new ServeSettings(), store, TimeProvider.System, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        using var client = app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        string url = $"/api/commitments/{seed.DueSoon}";
        // The token's first use is noted in the register (then at most hourly): before the disk fills, so that the
        // register is compared with itself after that.
        using (var first = await client.GetAsync(url)) Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await beforeFilling();

        disk.Fill();
        var before = await RegisterSnapshot.TakeAsync(store);
        HttpResponseMessage? refused = null;
        int accepted = 0;
        // The register may still fit a write or two in pages it already has; a longer text needs new ones, and
        // letters in no order do not compress (PostgreSQL compresses long texts).
        var random = new Random(6);
        const string Letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạ ";
        for (int n = 0; n < 50 && refused is null; n++)
        {
            string text = string.Concat(Enumerable.Range(0, 7_000).Select(_ => Letters[random.Next(Letters.Length)]));
            using var read = await client.GetAsync(url);
            var response = await client.SendJsonAsync(HttpMethod.Post, url + "/updates", new { text }, read.ETag());
            if (response.StatusCode == HttpStatusCode.Created) { response.Dispose(); accepted++; before = await RegisterSnapshot.TakeAsync(store); }
            else refused = response;
        }
        Assert.NotNull(refused);
        output.WriteLine($"writes accepted after the disk was filled, before the first 507: {accepted}");
        using (refused)
        {
            Assert.Equal(HttpStatusCode.InsufficientStorage, refused.StatusCode);
            Assert.Equal("The register's disk is full", (await refused.ReadAsync()).Str("title"));
        }
        using (var read = await client.GetAsync(url)) Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(before, await RegisterSnapshot.TakeAsync(store));

        // A statement's ingest writes many rows: it needs new pages whatever room the last ones have.
        string[] ingest = ["ingest", Path.Combine(AppContext.BaseDirectory, "samples", "statement.en.txt"), "--db", db];
        using (var cli = ConcordProcess.Start(ingest))
        {
            Assert.Equal(1, await cli.ExitAsync());
            Assert.Contains("concord: ", cli.Output, StringComparison.Ordinal);
            Assert.Contains("full", cli.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", cli.Output, StringComparison.Ordinal);
        }
        await RegisterChecks.AssertConsistentAsync(store);
        Assert.Equal(before, await RegisterSnapshot.TakeAsync(store));

        disk.Free();
        using (var read = await client.GetAsync(url))
        using (var write = await client.SendJsonAsync(HttpMethod.Post, url + "/updates", new { text = "Đã có chỗ trống trở lại." }, read.ETag()))
            Assert.Equal(HttpStatusCode.Created, write.StatusCode);
        await RegisterChecks.AssertConsistentAsync(store);
        await app.StopAsync();
    }

    static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

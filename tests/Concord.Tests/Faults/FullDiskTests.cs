using System.Net;
using Concord.Data.Storage;
using Concord.Tests.Api;
using Concord.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Xunit.Abstractions;

namespace Concord.Tests.Faults;

/// <summary>The SQLite register on a disk that fills up (a small tmpfs): a write gets 507 with a clear ProblemDetails
/// and changes nothing, reading goes on, the command line says so in one line with exit code 1, the file stays sound,
/// and once space is freed writes succeed again.</summary>
[Collection(FaultCollection.Name)]
public sealed class FullDiskTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DiskFull_WritesAreRefusedClearlyAndNothingIsCorrupted()
    {
        // Mounting the small disk needs root; elsewhere this test has nothing to run on.
        using var disk = SmallDisk.TryMount(megabytes: 8);
        if (disk is null) return;
        var store = RegisterStore.Resolve(Path.Combine(disk.Path, "concord.db"));
        await store.MigrateAsync();
        Seed seed;
        await using (var db = store.Open()) seed = await Seed.WriteAsync(db);
        string token = await ServerProcess.TokenAsync(store);
        await using var app = ConcordApp.Build(new ServeSettings(), store, TimeProvider.System, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        using var client = app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        string url = $"/api/commitments/{seed.DueSoon}";

        disk.Fill();
        var before = await RegisterSnapshot.TakeAsync(store);
        HttpResponseMessage? refused = null;
        int accepted = 0;
        // SQLite may still fit a write or two in pages it already has; a longer text needs new ones.
        for (int n = 0; n < 50 && refused is null; n++)
        {
            using var read = await client.GetAsync(url);
            var response = await client.SendJsonAsync(HttpMethod.Post, url + "/updates", new { text = new string('đ', 7_000) }, read.ETag());
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

        using (var cli = ConcordProcess.Start(["user", "add", "khach", "--role", "viewer", "--db", store.FilePath!]))
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
}

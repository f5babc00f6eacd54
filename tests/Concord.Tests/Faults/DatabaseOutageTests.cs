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

/// <summary>PostgreSQL stopped and started again under a running Concord: while it is down every request gets a clean
/// 503 (ProblemDetails from the API, the error page for pages, both with Retry-After) and changes nothing; once it is
/// back, requests succeed again without restarting Concord.</summary>
[Collection(FaultCollection.Name)]
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    // Runs where the PostgreSQL tests run (CONCORD_TEST_POSTGRES set: the server is installed), on a cluster of its own.
    [FaultFact(Postgres = true)]
    public async Task PostgresRestarted_RequestsGet503WhileDownAndSucceedAfterwards()
    {
        using var cluster = await OwnPostgres.StartAsync();
        var builder = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Database = "concord_outage_" + Guid.NewGuid().ToString("N") };
        await using (var server = new NpgsqlConnection(cluster.ConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{builder.Database}\"", server);
            await create.ExecuteNonQueryAsync();
        }
        var store = RegisterStore.Resolve(builder.ConnectionString);
        await store.MigrateAsync();
        Seed seed;
        await using (var db = store.Open()) seed = await Seed.WriteAsync(db);
        string token = await ServerProcess.TokenAsync(store);
        await using var app = ConcordApp.Build(new ServeSettings(Public: true), store, TimeProvider.System, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        using var client = app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        string url = $"/api/commitments/{seed.DueSoon}";
        using (var before = await client.GetAsync(url)) Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await cluster.StopAsync();
        using (var api = await client.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
            Assert.Equal("The register is unavailable", (await api.ReadAsync()).Str("title"));
            Assert.Equal(TimeSpan.FromSeconds(RegisterFaults.RetryAfterSeconds), api.Headers.RetryAfter?.Delta);
        }
        using (var write = await client.SendJsonAsync(HttpMethod.Post, url + "/updates", new { text = "Khóa đào tạo đầu tiên đã khai giảng." }, "\"1\""))
            Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
        using (var page = await app.GetTestClient().GetAsync("/"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.NotNull(page.Headers.RetryAfter);
            Assert.Contains("Sổ đăng ký tạm thời không truy cập được", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await cluster.RestartAsync();
        // Connections the pool held died with the server; each is found broken on its first use, answered 503 and
        // dropped, so a few requests may still fail before every one succeeds.
        int failed = 0;
        while (true)
        {
            using var again = await client.GetAsync(url);
            if (again.StatusCode == HttpStatusCode.OK) break;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, again.StatusCode);
            Assert.True(++failed < 5, "the register did not come back after PostgreSQL was started again");
        }
        output.WriteLine($"requests answered 503 after PostgreSQL was back: {failed}");
        using (var read = await client.GetAsync(url))
        using (var write = await client.SendJsonAsync(HttpMethod.Post, url + "/updates", new { text = "Khóa đào tạo đầu tiên đã khai giảng." }, read.ETag()))
            Assert.Equal(HttpStatusCode.Created, write.StatusCode);
        using (var page = await app.GetTestClient().GetAsync("/")) Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        await RegisterChecks.AssertConsistentAsync(store);
        await app.StopAsync();
        NpgsqlConnection.ClearAllPools();
        await using (var server = new NpgsqlConnection(cluster.ConnectionString))
        {
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{builder.Database}\" WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

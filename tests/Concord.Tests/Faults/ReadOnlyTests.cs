using System.Net;
using System.Security.Cryptography;
using Concord.Data.Tests;
using Concord.Tests.Api;
using Concord.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Npgsql;

namespace Concord.Tests.Faults;

/// <summary>A register that cannot be written: a SQLite file the user may only read, a PostgreSQL database set
/// read-only. The command line says so in one line with exit code 1, the server answers writes with a 503 that says
/// so and goes on reading, and nothing is changed or corrupted.</summary>
[Collection(FaultCollection.Name)]
public sealed class ReadOnlyTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task SqliteFileReadOnly_CommandLineRefusesInOneLineAndLeavesTheFileAsItWas()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        await using (var db = register.Store.Open()) await Seed.WriteAsync(db);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        string file = register.Store.FilePath!;
        string folder = Path.GetDirectoryName(file)!;
        // Root ignores permissions: the command then runs as nobody, for whom a root-owned 0644 file is read-only.
        bool root = Environment.UserName == "root";
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        File.SetUnixFileMode(file, root ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead
            : UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        string before = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(file)));
        try
        {
            using var cli = ConcordProcess.Start(["user", "add", "khach", "--role", "viewer", "--db", file], user: root ? "nobody" : null);

            Assert.Equal(1, await cli.ExitAsync());
            Assert.Contains($"concord: cannot open the register at {file}", cli.Output, StringComparison.Ordinal);
            Assert.Contains("readonly", cli.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", cli.Output, StringComparison.Ordinal);
            Assert.Equal(before, Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(file))));
        }
        finally
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        await RegisterChecks.AssertConsistentAsync(register.Store);
    }

    [FaultFact(Postgres = true)]
    public async Task PostgresDatabaseReadOnly_WritesGet503ReadsGoOnAndNothingChanges()
    {
        await using var register = await TestRegister.CreateAsync("postgres");
        Seed seed;
        await using (var db = register.Store.Open()) seed = await Seed.WriteAsync(db);
        string token = await ServerProcess.TokenAsync(register.Store);
        await using var app = ConcordApp.Build(new ServeSettings(), register.Store, TimeProvider.System, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        using var client = app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        string url = $"/api/commitments/{seed.DueSoon}";
        await ReadOnlyAsync(register, true);
        var before = await RegisterSnapshot.TakeAsync(register.Store);

        using (var read = await client.GetAsync(url))
        using (var write = await client.SendJsonAsync(HttpMethod.Post, url + "/updates", new { text = "Đã ký biên bản ghi nhớ." }, read.ETag()))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
            Assert.Equal("The register is read-only", (await write.ReadAsync()).Str("title"));
        }
        Assert.Equal(before, await RegisterSnapshot.TakeAsync(register.Store));

        await ReadOnlyAsync(register, false);
        using (var read = await client.GetAsync(url))
        using (var write = await client.SendJsonAsync(HttpMethod.Post, url + "/updates", new { text = "Đã ký biên bản ghi nhớ." }, read.ETag()))
            Assert.Equal(HttpStatusCode.Created, write.StatusCode);
        await RegisterChecks.AssertConsistentAsync(register.Store);
        await app.StopAsync();
    }

    /// <summary>Sets the database read-only (or back) for new sessions, and drops the pooled ones so that the next
    /// request gets a new session.</summary>
    static async Task ReadOnlyAsync(TestRegister register, bool on)
    {
        var builder = new NpgsqlConnectionStringBuilder(register.Store.ConnectionString);
        // From the server's maintenance database: a session of the read-only one could not turn it back.
        await using (var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(TestRegister.PostgresVariable)))
        {
            await connection.OpenAsync();
            await using var alter = new NpgsqlCommand($"ALTER DATABASE \"{builder.Database}\" SET default_transaction_read_only = {(on ? "on" : "off")}", connection);
            await alter.ExecuteNonQueryAsync();
        }
        NpgsqlConnection.ClearAllPools();
    }
}

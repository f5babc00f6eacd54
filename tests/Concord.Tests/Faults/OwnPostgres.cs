using System.Diagnostics;
using System.Globalization;

namespace Concord.Tests.Faults;

/// <summary>A PostgreSQL cluster of one test's own, on a free port and in a new folder, started and stopped with the
/// project's scripts/postgres.sh, so that stopping it under a running Concord disturbs no other test (they use the
/// shared server of CONCORD_TEST_POSTGRES). Disposing it stops it and deletes it.</summary>
public sealed class OwnPostgres : IDisposable
{
    // A port and folder of this test run's own: two runs at once (two worktrees, CI and a person) must not stop
    // each other's cluster.
    readonly int port = ConcordProcess.FreePort();
    readonly string folder = Path.Combine(Path.GetTempPath(), "concord-pg-faults-" + Guid.NewGuid().ToString("N"));

    /// <summary>Of the server's maintenance database (postgres).</summary>
    public string ConnectionString { get; private set; } = "";

    public static async Task<OwnPostgres> StartAsync()
    {
        var cluster = new OwnPostgres();
        try
        {
            cluster.ConnectionString = (await cluster.ScriptAsync("start")).Trim();
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    public Task StopAsync() => ScriptAsync("stop");

    public Task RestartAsync() => ScriptAsync("start");

    async Task<string> ScriptAsync(string verb)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(RepositoryRoot(), "scripts", "postgres.sh"));
        info.ArgumentList.Add(verb);
        info.Environment["PGPORT"] = port.ToString(CultureInfo.InvariantCulture);
        info.Environment["PGDATA_DIR"] = folder;
        using var process = Process.Start(info)!;
        string output = await process.StandardOutput.ReadToEndAsync();
        string error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"postgres.sh {verb}: {error}");
        return output;
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Concord.slnx"))) return dir.FullName;
        throw new InvalidOperationException("the repository (Concord.slnx) is not above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        StopAsync().GetAwaiter().GetResult();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}

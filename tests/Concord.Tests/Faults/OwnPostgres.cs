using System.Diagnostics;
using System.Globalization;

namespace Concord.Tests.Faults;

/// <summary>A PostgreSQL cluster of the fault tests' own, on its own port and folder, started and stopped with the
/// project's scripts/postgres.sh, so that stopping it under a running Concord disturbs no other test (they use the
/// shared server of CONCORD_TEST_POSTGRES). Disposing it stops it.</summary>
public sealed class OwnPostgres : IDisposable
{
    public const int Port = 54347;
    static readonly string Folder = Path.Combine(Path.GetTempPath(), "concord-pg-faults");

    OwnPostgres(string connectionString) => ConnectionString = connectionString;

    /// <summary>Of the server's maintenance database (postgres).</summary>
    public string ConnectionString { get; }

    public static async Task<OwnPostgres> StartAsync() => new((await ScriptAsync("start")).Trim());

    public Task StopAsync() => ScriptAsync("stop");

    public Task RestartAsync() => ScriptAsync("start");

    static async Task<string> ScriptAsync(string verb)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(RepositoryRoot(), "scripts", "postgres.sh"));
        info.ArgumentList.Add(verb);
        info.Environment["PGPORT"] = Port.ToString(CultureInfo.InvariantCulture);
        info.Environment["PGDATA_DIR"] = Folder;
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

    public void Dispose() => StopAsync().GetAwaiter().GetResult();
}

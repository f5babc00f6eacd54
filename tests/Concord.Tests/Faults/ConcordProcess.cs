using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Concord.Tests.Faults;

/// <summary>The real <c>concord</c> executable (the one built beside the tests) in its own process, so that a test can
/// kill it with SIGKILL as a crash would. Its output is collected line by line; disposing it kills it if it still
/// runs, so no process outlives its test.</summary>
public sealed class ConcordProcess : IDisposable
{
    readonly Process process;
    readonly List<string> lines = [];
    readonly SemaphoreSlim changed = new(0);

    ConcordProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static string Executable => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "concord.exe" : "concord");

    /// <summary>Starts <c>concord</c> with <paramref name="arguments"/>; <paramref name="environment"/> adds variables
    /// (a null value removes one), e.g. the fault hook CONCORD_FAULT_PAUSE.</summary>
    public static ConcordProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, string? user = null)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (user is null) info.FileName = Executable;
        else
        {
            // Another user than root, for whom file permissions hold (root ignores them).
            info.FileName = "runuser";
            info.ArgumentList.Add("-u");
            info.ArgumentList.Add(user);
            info.ArgumentList.Add("--");
            info.ArgumentList.Add(Executable);
        }
        foreach (var a in arguments) info.ArgumentList.Add(a);
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment.Remove("CONCORD_FAULT_PAUSE");
        info.Environment.Remove("CONCORD_DB");
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
            if (value is null) info.Environment.Remove(key);
            else info.Environment[key] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException("concord did not start");
        process.StandardInput.Close();
        return new ConcordProcess(process);
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Everything it printed so far, stdout and stderr interleaved as they arrived.</summary>
    public string Output
    {
        get { lock (lines) return string.Join('\n', lines); }
    }

    /// <summary>Whether a line printed so far contains <paramref name="text"/>.</summary>
    public bool Printed(string text)
    {
        lock (lines) return lines.Any(l => l.Contains(text, StringComparison.Ordinal));
    }

    /// <summary>Waits until a line contains <paramref name="text"/>; fails the test when the process ends first or
    /// the time runs out.</summary>
    public async Task WaitForAsync(string text, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            lock (lines)
                if (lines.Any(l => l.Contains(text, StringComparison.Ordinal))) return;
            if (process.HasExited)
            {
                await process.WaitForExitAsync();
                lock (lines)
                    if (lines.Any(l => l.Contains(text, StringComparison.Ordinal))) return;
                Assert.Fail($"concord ended (exit {process.ExitCode}) before printing '{text}':\n{Output}");
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) Assert.Fail($"concord did not print '{text}' in time:\n{Output}");
            await changed.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> ExitAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(cts.Token);
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>SIGKILL: the process gets no chance to finish, roll back or flush anything.</summary>
    public void Kill()
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
    }

    /// <summary>A TCP port free on 127.0.0.1 just now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    void Add(string? line)
    {
        if (line is null) return;
        lock (lines) lines.Add(line);
        changed.Release();
    }

    public void Dispose()
    {
        try { Kill(); } catch (InvalidOperationException) { }
        process.Dispose();
        changed.Dispose();
    }
}

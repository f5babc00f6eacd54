using System.Diagnostics;

namespace Concord.Tests.Faults;

/// <summary>A small tmpfs mounted for one test, to fill up: a full disk without filling the machine's. Needs root and
/// the right to mount (see <see cref="FaultFactAttribute.Root"/>). Disposing it unmounts and removes it.</summary>
public sealed class SmallDisk : IDisposable
{
    SmallDisk(string path) => Path = path;

    public string Path { get; }

    public static SmallDisk Mount(int megabytes)
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "concord-disk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        if (Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path) == 0) return new SmallDisk(path);
        Directory.Delete(path);
        throw new InvalidOperationException($"could not mount a {megabytes} MB tmpfs on {path}: this machine lets root mount nothing (a container without CAP_SYS_ADMIN?)");
    }

    /// <summary>Fills what is left of the disk with one file, keeping none of it free.</summary>
    public void Fill()
    {
        using var filler = new FileStream(System.IO.Path.Combine(Path, "filler"), FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
        foreach (int size in new[] { 64 * 1024, 4096, 512, 1 })
        {
            var chunk = new byte[size];
            try
            {
                while (true) filler.Write(chunk);
            }
            catch (IOException)
            {
                // No room for one more chunk: go on with smaller ones.
            }
        }
    }

    /// <summary>Frees the space <see cref="Fill"/> took.</summary>
    public void Free() => File.Delete(System.IO.Path.Combine(Path, "filler"));

    public static int Run(params string[] arguments)
    {
        var info = new ProcessStartInfo(arguments[0]) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in arguments.Skip(1)) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        process.WaitForExit();
        return process.ExitCode;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Run("umount", Path) != 0) Run("umount", "-l", Path);
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}

namespace Concord.Commands;

/// <summary>Writes a file through a temporary one beside it, so that a failure leaves no half-written file.</summary>
public static class SafeFile
{
    public static async Task WriteAsync(string path, Func<Stream, Task> write, bool overwrite)
    {
        string full = Path.GetFullPath(path);
        string temporary = full + ".partial";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
                await write(stream);
            File.Move(temporary, full, overwrite);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}

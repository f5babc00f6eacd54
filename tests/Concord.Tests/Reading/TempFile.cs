namespace Concord.Tests.Reading;

/// <summary>A file in a fresh temporary directory, deleted with the directory when disposed.</summary>
public sealed class TempFile : IDisposable
{
    public string Directory { get; }
    public string Path { get; }

    TempFile(string name)
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"concord-read-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(Directory);
        Path = System.IO.Path.Combine(Directory, name);
    }

    public static TempFile With(string name, byte[] bytes)
    {
        var file = new TempFile(name);
        File.WriteAllBytes(file.Path, bytes);
        return file;
    }

    public static TempFile With(string name, string text) => With(name, System.Text.Encoding.UTF8.GetBytes(text));

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow file system: the temporary directory is cleaned by the system.
        }
    }
}

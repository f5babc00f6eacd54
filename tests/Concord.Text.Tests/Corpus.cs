namespace Concord.Text.Tests;

/// <summary>The real documents in ../shared/corpus, read at run time (never copied into the project).
/// CONCORD_CORPUS overrides where they are.</summary>
public static class Corpus
{
    public static string Directory { get; } = Find();

    public static string Path(string name) => System.IO.Path.Combine(Directory, name);

    public static string Read(string name) => File.ReadAllText(Path(name), System.Text.Encoding.UTF8);

    public const string StatementEn = "vn-jp-2025-joint-statement.en.txt";
    public const string StatementVi = "vn-jp-2025-joint-statement.vi.txt";
    public const string HanoiTimes = "news-vn-jp-2025-hanoitimes.en.txt";
    public const string Rewritten = "news-vn-jp-2025-rewritten.en.txt";
    public const string Interview = "news-vn-jp-2025-ambassador-interview.en.txt";

    static string Find()
    {
        if (Environment.GetEnvironmentVariable("CONCORD_CORPUS") is { Length: > 0 } fromEnv)
            return fromEnv;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Concord.slnx")))
                return System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "corpus"));
        }
        throw new DirectoryNotFoundException("Cannot find the repository root (Concord.slnx) above " + AppContext.BaseDirectory);
    }
}

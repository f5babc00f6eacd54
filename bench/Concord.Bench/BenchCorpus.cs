using Concord.Text.Normalization;

namespace Concord.Bench;

/// <summary>The corpus statements, read once, normalised as the CLI would.</summary>
public static class BenchCorpus
{
    public static string Directory { get; } = Find();

    public static string Read(string name) =>
        TextNormalizer.Normalize(File.ReadAllText(Path.Combine(Directory, name), System.Text.Encoding.UTF8));

    static string Find()
    {
        if (Environment.GetEnvironmentVariable("CONCORD_CORPUS") is { Length: > 0 } fromEnv)
            return fromEnv;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Concord.slnx")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
        }
        throw new DirectoryNotFoundException("Set CONCORD_CORPUS to the corpus folder");
    }
}

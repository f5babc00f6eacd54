using Concord.Data.Ingest;
using Concord.Reading;

namespace Concord.Commands;

/// <summary>The project's sample statement (samples/statement.{vi,en,ja}.txt), found beside the executable (the build
/// copies it there) or in the repository the executable was built from.</summary>
internal static class DemoSamples
{
    /// <summary>Vietnamese first: it is the reference version, whose numbering gives the items' paths. The English
    /// text is a translation.</summary>
    public static readonly IReadOnlyList<(string File, bool Official)> Files =
        [("statement.vi.txt", true), ("statement.en.txt", false), ("statement.ja.txt", true)];

    public static string? Find(string? start = null)
    {
        foreach (var origin in new[] { start, AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = origin is null ? null : new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "samples");
                if (Files.All(f => File.Exists(Path.Combine(candidate, f.File)))) return candidate;
            }
        }
        return null;
    }

    /// <summary>The three versions read by the text core, or null after one line on <paramref name="error"/>.</summary>
    public static IReadOnlyList<IngestDocument>? Load(string folder, TextWriter error)
    {
        var loader = new DocumentLoader(new ReadOptions(), null, null);
        var documents = new List<IngestDocument>();
        foreach (var (file, official) in Files)
        {
            if (loader.Load(Path.Combine(folder, file), error) is not { } loaded) return null;
            documents.Add(new IngestDocument(loaded.Document, loaded.Read.Format, loaded.Read.Encoding, official));
        }
        return documents;
    }
}

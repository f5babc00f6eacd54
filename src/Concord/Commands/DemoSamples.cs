using Concord.Data.Ingest;
using Concord.Features.Articles;
using Concord.Reading;
using Concord.Web;

namespace Concord.Commands;

/// <summary>The project's sample statement (samples/statement.{vi,en,ja}.txt) and two press articles about it, found
/// beside the executable (the build copies them there) or in the repository the executable was built from.</summary>
internal static class DemoSamples
{
    public sealed record Sample(IReadOnlyList<IngestDocument> Statement, IReadOnlyList<ArticleRequest.ArticleInput> Articles);

    /// <summary>Vietnamese first: it is the reference version, whose numbering gives the items' paths. The English
    /// text is a translation.</summary>
    public static readonly IReadOnlyList<(string File, bool Official)> Files =
        [("statement.vi.txt", true), ("statement.en.txt", false), ("statement.ja.txt", true)];

    /// <summary>A news page with its site around it, and a report pasted as text.</summary>
    public static readonly IReadOnlyList<string> Articles = ["article.en.html", "article.vi.txt"];

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

    /// <summary>The three versions read by the text core and the articles, or null after one line on <paramref name="error"/>.</summary>
    public static Sample? Load(string folder, TextWriter error)
    {
        var loader = new DocumentLoader(new ReadOptions(), null, null);
        var documents = new List<IngestDocument>();
        foreach (var (file, official) in Files)
        {
            if (loader.Load(Path.Combine(folder, file), error) is not { } loaded) return null;
            documents.Add(new IngestDocument(loaded.Document, loaded.Read.Format, loaded.Read.Encoding, official));
        }
        var articles = new List<ArticleRequest.ArticleInput>();
        foreach (string file in Articles)
        {
            string path = Path.Combine(folder, file);
            var errors = new Errors();
            var article = File.Exists(path)
                ? ArticleRequest.FromFile(File.ReadAllBytes(path), file, null, ServeSettings.DefaultMaxUploadBytes, errors)
                : null;
            if (article is null)
            {
                error.WriteLine($"concord: {path}: {(errors.Any ? string.Join("; ", errors.Refusals.Select(r => r.English)) : "file not found")}");
                return null;
            }
            articles.Add(article);
        }
        return new Sample(documents, articles);
    }
}

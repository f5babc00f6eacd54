using Concord.Commands;
using Concord.Data.Ingest;
using Concord.Reading;
using Concord.Text.Tests;

namespace Concord.Tests.Api;

/// <summary>The real 2025 statement (both versions, read from the corpus at run time) put into a test register.</summary>
public static class CorpusStatement
{
    public const string Key = "viet-nam-japan-2025-04-28";

    public static async Task IngestAsync(ApiHost host)
    {
        var loader = new DocumentLoader(new ReadOptions(), null, null);
        var documents = new List<IngestDocument>();
        foreach (var name in new[] { Corpus.StatementEn, Corpus.StatementVi })
        {
            var loaded = loader.Load(Corpus.Path(name), TextWriter.Null) ?? throw new InvalidOperationException($"cannot read {name}");
            documents.Add(new IngestDocument(loaded.Document, loaded.Read.Format, loaded.Read.Encoding));
        }
        await using var db = host.Db();
        db.Actor = "tests";
        var report = await StatementIngest.IngestAsync(db, documents);
        Assert.True(report.Succeeded, string.Join("; ", report.Problems.Select(p => p.English)));
    }
}

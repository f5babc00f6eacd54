using Concord.Commands;
using Concord.Data.Ingest;
using Concord.Data.Storage;
using Concord.Reading;
using Concord.Text.Tests;
using Microsoft.EntityFrameworkCore;

namespace Concord.Browser.Tests;

/// <summary>The app over a register holding the real 2025 Viet Nam–Japan joint statement (its Vietnamese and English
/// versions, read from the corpus at run time), with the default users and one agency per party.</summary>
public sealed class CorpusBrowserApp : BrowserApp
{
    public string StatementKey { get; private set; } = "";

    protected override async Task<IReadOnlyList<(string User, string Password)>> ArrangeAsync(RegisterStore store)
    {
        var users = await base.ArrangeAsync(store);
        var loader = new DocumentLoader(new ReadOptions(), null, null);
        var documents = new List<IngestDocument>();
        foreach (var name in new[] { Corpus.StatementVi, Corpus.StatementEn })
        {
            var loaded = loader.Load(Corpus.Path(name), TextWriter.Null) ?? throw new InvalidOperationException($"cannot read {name}");
            documents.Add(new IngestDocument(loaded.Document, loaded.Read.Format, loaded.Read.Encoding));
        }
        await using var db = store.Open();
        db.Actor = "tests";
        var report = await StatementIngest.IngestAsync(db, documents);
        Assert.True(report.Succeeded, string.Join("; ", report.Problems.Select(p => p.English)));
        StatementKey = await db.Statements.Select(s => s.Key).SingleAsync();
        db.Agencies.AddRange(
            new Data.Register.Agency { NameVi = "Bộ Ngoại giao", NameEn = "Ministry of Foreign Affairs", Acronym = "MOFA", Country = "Việt Nam" },
            new Data.Register.Agency { NameVi = "Bộ Kế hoạch và Đầu tư", NameEn = "Ministry of Planning and Investment", Acronym = "MPI", Country = "Việt Nam" });
        await db.SaveChangesAsync();
        return users;
    }
}

using System.Text.Json;
using Concord.Data.Storage;
using Concord.Tests.Reading;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Commands;

/// <summary>The verb on a SQLite register in a temporary folder of its own.</summary>
public sealed class IngestCommandTests : IDisposable
{
    readonly string folder = Path.Combine(Path.GetTempPath(), "concord-ingest-" + Guid.NewGuid().ToString("N"));

    string Db => Path.Combine(folder, "register.db");

    static string Sample(string language) => Path.Combine(RepositoryRoot(), "samples", $"statement.{language}.txt");

    [Fact]
    public void Ingest_CorpusPair_CreatesTheStatementAndSaysWhereTheRegisterIs()
    {
        var run = CliRun.Of("ingest", Corpus.Path(Corpus.StatementEn), Corpus.Path(Corpus.StatementVi), "--db", Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("viet-nam-japan-2025-04-28: created", run.Output, StringComparison.Ordinal);
        Assert.Contains(Db, run.Error, StringComparison.Ordinal);
        using var db = RegisterStore.Resolve(Db).Open();
        Assert.Equal(2, db.Versions.Count());
        Assert.All(db.Changes.ToList(), c => Assert.StartsWith("concord ingest", c.Actor, StringComparison.Ordinal));
    }

    [Fact]
    public void Ingest_Twice_SecondRunIsUnchangedInJsonAndAddsNoHistory()
    {
        CliRun.Of("ingest", Corpus.Path(Corpus.StatementEn), Corpus.Path(Corpus.StatementVi), "--db", Db);
        int changes = CountChanges();

        var run = CliRun.Of("ingest", Corpus.Path(Corpus.StatementEn), Corpus.Path(Corpus.StatementVi), "--db", Db, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("concord.ingest/1", json.RootElement.GetProperty("schema").GetString());
        var statement = Assert.Single(json.RootElement.GetProperty("statements").EnumerateArray().ToList());
        Assert.Equal("unchanged", statement.GetProperty("outcome").GetString());
        Assert.True(statement.GetProperty("commitments").GetProperty("kept").GetInt32() > 40);
        Assert.Equal(changes, CountChanges());
    }

    [Fact]
    public void Ingest_CorrectedEnglish_ReportsTheChangedItemsAndKeepsTheUpdate()
    {
        CliRun.Of("ingest", Corpus.Path(Corpus.StatementEn), Corpus.Path(Corpus.StatementVi), "--db", Db);
        int id;
        using (var db = RegisterStore.Resolve(Db).Open())
        {
            var c = db.Commitments.Include(x => x.Item).Single(x => x.Item.Path == "4.11" && x.DeadlinePrecision == "fiscal-year");
            id = c.Id;
            c.Updates.Add(new Data.Register.ProgressUpdate { Date = new DateOnly(2025, 6, 1), Author = "desk", Text = "Site survey done" });
            db.SaveChanges();
        }
        var corrected = Corpus.Read(Corpus.StatementEn).Replace("before the end of fiscal year 2026", "before the end of fiscal year 2027", StringComparison.Ordinal);
        using var file = TempFile.With("corrected.en.txt", corrected);

        var run = CliRun.Of("ingest", file.Path, "--db", Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("viet-nam-japan-2025-04-28: updated", run.Output, StringComparison.Ordinal);
        Assert.Contains("versions changed: en", run.Output, StringComparison.Ordinal);
        Assert.Contains("(4.11) changed", run.Output, StringComparison.Ordinal);
        using var read = RegisterStore.Resolve(Db).Open();
        Assert.Equal("Site survey done", read.Updates.Single(u => u.CommitmentId == id).Text);
    }

    [Fact]
    public void Ingest_SampleInThreeLanguages_OneStatementWithThreeVersions()
    {
        var run = CliRun.Of("ingest", Sample("vi"), Sample("en"), Sample("ja"), "--db", Db, "--translation", "en");

        Assert.Equal(0, run.ExitCode);
        using var db = RegisterStore.Resolve(Db).Open();
        Assert.Equal("aurelia-norvania-2026-03-12", db.Statements.Single().Key);
        var versions = db.Versions.OrderBy(v => v.Id).Select(v => new { v.Language, v.Official }).ToList();
        Assert.Equal(["vi", "en", "ja"], versions.Select(v => v.Language));
        Assert.Equal([true, false, true], versions.Select(v => v.Official));
    }

    [Fact]
    public void Ingest_MissingFileAmongGoodOnes_ExitsOneAndChangesNothing()
    {
        CliRun.Of("ingest", Sample("en"), "--db", Db);
        int changes = CountChanges();

        var run = CliRun.Of("ingest", Corpus.Path(Corpus.StatementEn), "/nonexistent/statement.vi.txt", "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/nonexistent/statement.vi.txt", run.Error, StringComparison.Ordinal);
        Assert.Equal(changes, CountChanges());
    }

    [Fact]
    public void Ingest_BinaryFile_ExitsOneWithOneLineAndChangesNothing()
    {
        CliRun.Of("ingest", Sample("en"), "--db", Db);
        int changes = CountChanges();
        using var binary = TempFile.With("statement.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 0xFF, 0xFE, 0, 0]);

        var run = CliRun.Of("ingest", binary.Path, "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("statement.txt", StringComparison.Ordinal));
        Assert.Equal(changes, CountChanges());
    }

    [Fact]
    public void Ingest_BadTranslationLanguage_IsAUsageError()
    {
        var run = CliRun.Of("ingest", Sample("en"), "--db", Db, "--translation", "fr");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--translation", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    int CountChanges()
    {
        using var db = RegisterStore.Resolve(Db).Open();
        return db.Changes.Count();
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Concord.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("Concord.slnx");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

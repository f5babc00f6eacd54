using Concord.Data.Ingest;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Tests.Ingest;

public sealed class GroupingIngestTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Ingest_SampleInThreeLanguages_OneStatementWithThreeVersions(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);

        var report = await UpdateIngestTests.IngestAsync(register, [IngestInputs.Sample("vi"), IngestInputs.Sample("en"), IngestInputs.Sample("ja")]);

        var statement = Assert.Single(report.Statements);
        Assert.Equal("aurelia-norvania-2026-03-12", statement.Key);
        await using var db = register.Store.Open();
        Assert.Equal(["vi", "en", "ja"], await db.Versions.OrderBy(v => v.Id).Select(v => v.Language).ToListAsync());
        // Point 4 has eleven items in every version; the Vietnamese reference gives the paths.
        var texts = await db.ItemTexts.Where(t => t.Item.Pillar == "4" && t.Item.Kind == "item").Select(t => new { t.Item.Path, t.Version.Language }).ToListAsync();
        Assert.Equal(33, texts.Count);
        Assert.Equal(11, texts.Select(t => t.Path).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Ingest_SampleWithTheJapaneseFirst_KeepsTheLatinNamesOfThePartiesInTheKey(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);

        var report = await UpdateIngestTests.IngestAsync(register, [IngestInputs.Sample("ja"), IngestInputs.Sample("vi")]);

        Assert.Equal("aurelia-norvania-2026-03-12", Assert.Single(report.Statements).Key);
        await using var db = register.Store.Open();
        var statement = await db.Statements.SingleAsync();
        Assert.Equal(("Aurelia", "Norvania"), (statement.PartyA, statement.PartyB));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Ingest_TwoStatementsAtOnce_TellsThemApartByDateAndAlignment(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);

        var report = await UpdateIngestTests.IngestAsync(register,
            [.. IngestInputs.CorpusPair(), IngestInputs.Sample("en"), IngestInputs.FromText(IngestInputs.Own, "own.en.txt")]);

        Assert.Equal(["viet-nam-japan-2025-04-28", "aurelia-norvania-2026-03-12", "veloria-ostmark-2026-06-03"], report.Statements.Select(s => s.Key));
        await using var db = register.Store.Open();
        Assert.Equal(3, await db.Statements.CountAsync());
        Assert.Equal(4, await db.Versions.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Ingest_CancelledAfterTheFirstStatement_WritesNeitherStatement(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        using var cancel = new CancellationTokenSource();
        await using (var db = register.Store.Open())
        {
            var written = new Written(_ => cancel.Cancel());
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                StatementIngest.IngestAsync(db, [.. IngestInputs.CorpusPair(), IngestInputs.Sample("en")], written, cancel.Token));
            Assert.Equal(1, written.Count);
        }

        await using var read = register.Store.Open();
        Assert.Equal(0, await read.Statements.CountAsync());
        Assert.Equal(0, await read.Items.CountAsync());
        Assert.Equal(0, await read.Mechanisms.CountAsync());
        Assert.Equal(0, await read.Changes.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Ingest_TwoDifferentEnglishTextsOfOneStatement_IsRefusedAndWritesNothing(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var corrected = IngestInputs.OwnCorrected;

        var report = await UpdateIngestTests.IngestAsync(register,
            [IngestInputs.FromText(IngestInputs.Own, "a.txt"), IngestInputs.FromText(corrected, "b.txt")]);

        Assert.False(report.Succeeded);
        var problem = Assert.Single(report.Problems);
        Assert.Contains("a.txt and b.txt", problem.English, StringComparison.Ordinal);
        Assert.Equal(("TwoTextsOneLanguage", "a.txt", "b.txt"), (problem.Code, problem.Args[0], problem.Args[1]));
        await using var db = register.Store.Open();
        Assert.Equal(0, await db.Changes.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Ingest_TheSameFileTwiceInOneRun_CountsOnce(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);

        var report = await UpdateIngestTests.IngestAsync(register,
            [IngestInputs.FromText(IngestInputs.Own, "a.txt"), IngestInputs.FromText(IngestInputs.Own, "copy.txt")]);

        var statement = Assert.Single(report.Statements);
        Assert.Equal(["a.txt"], statement.Sources);
    }

    sealed class Written(Action<StatementReport> action) : IProgress<StatementReport>
    {
        public int Count { get; private set; }

        public void Report(StatementReport value)
        {
            Count++;
            action(value);
        }
    }
}

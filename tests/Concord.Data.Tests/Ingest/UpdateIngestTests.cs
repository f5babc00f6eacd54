using Concord.Data.Ingest;
using Concord.Data.Register;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Tests.Ingest;

public sealed class UpdateIngestTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Ingest_SameFilesTwice_ChangesNothing(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await IngestAsync(register, IngestInputs.CorpusPair());
        int changes = await CountChangesAsync(register);

        var again = await IngestAsync(register, IngestInputs.CorpusPair());

        Assert.Equal("unchanged", Assert.Single(again.Statements).Outcome);
        Assert.Equal(changes, await CountChangesAsync(register));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Ingest_SameFilesInTheOtherOrder_KeepsTheFirstReferenceAndChangesNothing(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await IngestAsync(register, IngestInputs.CorpusPair());
        int changes = await CountChangesAsync(register);

        var again = await IngestAsync(register, [.. IngestInputs.CorpusPair().Reverse()]);

        Assert.Equal("unchanged", Assert.Single(again.Statements).Outcome);
        Assert.Equal(changes, await CountChangesAsync(register));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Ingest_CorrectedEnglishAlone_KeepsTheUpdateOnTheHospitalCommitmentAndMovesItsDeadline(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await IngestAsync(register, IngestInputs.CorpusPair());
        int id;
        await using (var db = register.Store.Open())
        {
            var hospital = await db.Commitments.Include(c => c.Item).SingleAsync(c => c.Item.Path == "4.11" && c.DeadlinePrecision == "fiscal-year");
            id = hospital.Id;
            hospital.Status = CommitmentStatus.InProgress;
            hospital.Updates.Add(new ProgressUpdate { Date = new DateOnly(2025, 9, 1), Author = "desk", Text = "Design approved", StatusAfter = CommitmentStatus.InProgress });
            await db.SaveChangesAsync();
        }
        var english = Text.Tests.Corpus.Read(Text.Tests.Corpus.StatementEn);
        var corrected = english.Replace("before the end of fiscal year 2026", "before the end of fiscal year 2027", StringComparison.Ordinal);
        Assert.NotEqual(english, corrected);

        var report = await IngestAsync(register, [IngestInputs.FromText(corrected, Text.Tests.Corpus.StatementEn)]);

        var statement = Assert.Single(report.Statements);
        Assert.Equal("updated", statement.Outcome);
        Assert.Equal(["en"], statement.VersionsChanged);
        Assert.Contains("4.11", statement.ItemsChanged);
        Assert.Empty(statement.ItemsAdded);
        Assert.Empty(statement.ItemsRemoved);
        Assert.Equal(0, statement.CommitmentsRemoved);
        await using var read = register.Store.Open();
        var kept = await read.Commitments.Include(c => c.Updates).Include(c => c.Sources).SingleAsync(c => c.Id == id);
        Assert.Equal((CommitmentStatus.InProgress, "Design approved"), (kept.Status, Assert.Single(kept.Updates).Text));
        Assert.Equal(new DateOnly(2028, 3, 31), kept.DeadlineEnd);
        Assert.Equal(2, kept.Sources.Count);
        Assert.Equal(2, await read.Versions.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Ingest_CorrectedVersion_ReportsWhatChangedAndKeepsWhatPeopleTracked(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await IngestAsync(register, [IngestInputs.FromText(IngestInputs.Own, "own.en.txt")]);
        await using (var db = register.Store.Open())
        {
            var commitments = await db.Commitments.Include(c => c.Item).Include(c => c.Targets).ToListAsync();
            var training = commitments.Single(c => c.Item.Path == "2.2");
            Assert.Equal(1_200m, Assert.Single(training.Targets).Value);
            training.Targets[0].Measurements.Add(new Measurement { Date = new DateOnly(2026, 12, 31), Value = 300, Source = "annual report" });
            var forum = commitments.Single(c => c.Item.Path == "3.2");
            forum.Updates.Add(new ProgressUpdate { Date = new DateOnly(2026, 10, 20), Author = "desk", Text = "Forum held" });
            await db.SaveChangesAsync();
        }

        var report = await IngestAsync(register, [IngestInputs.FromText(IngestInputs.OwnCorrected, "own.en.txt")]);

        var s = Assert.Single(report.Statements);
        Assert.Equal(["3.3"], s.ItemsAdded);
        Assert.Empty(s.ItemsRemoved);
        Assert.Equal(["2.2", "3.1", "3.2"], s.ItemsChanged.Order(StringComparer.Ordinal));
        Assert.Equal((1, 1, 3), (s.CommitmentsAdded, s.CommitmentsRemoved, s.CommitmentsKept));
        Assert.Contains("business forum", Assert.Single(s.CommitmentsUnmatched), StringComparison.Ordinal);
        await using var read = register.Store.Open();
        var target = await read.Targets.Include(t => t.Measurements).SingleAsync();
        Assert.Equal((1_500m, new DateOnly(2029, 12, 31), 300m), (target.Value, target.DueDate!.Value, Assert.Single(target.Measurements).Value));
        Assert.Equal(1, await read.Updates.CountAsync(u => u.Text == "Forum held"));
        Assert.Equal(4, await read.Commitments.CountAsync(c => c.Item.Path != "3.2"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Ingest_OwnStatement_MechanismMeetsEveryYearAndPartiesComeFromTheTitle(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await IngestAsync(register, [IngestInputs.FromText(IngestInputs.Own, "own.en.txt")]);

        await using var db = register.Store.Open();
        var statement = await db.Statements.SingleAsync();
        Assert.Equal(("veloria-ostmark-2026-06-03", "Veloria", "Ostmark"), (statement.Key, statement.PartyA, statement.PartyB));
        var committee = await db.Mechanisms.SingleAsync();
        Assert.Equal(("Veloria-Ostmark Joint Committee on Fisheries", 12), (committee.Name, committee.CadenceMonths));
        Assert.Equal(["programme", "project"], await db.Initiatives.OrderBy(i => i.Kind).Select(i => i.Kind).ToListAsync());
    }

    internal static async Task<IngestReport> IngestAsync(TestRegister register, IReadOnlyList<IngestDocument> documents)
    {
        await using var db = register.Store.Open();
        db.Actor = "concord ingest";
        return await StatementIngest.IngestAsync(db, documents);
    }

    static async Task<int> CountChangesAsync(TestRegister register)
    {
        await using var db = register.Store.Open();
        return await db.Changes.CountAsync();
    }
}

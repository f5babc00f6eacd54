using Concord.Data.Ingest;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Tests.Ingest;

/// <summary>A dry run writes in a transaction that it rolls back: it reports what the real run will do and leaves
/// the register as it was.</summary>
public sealed class DryRunIngestTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task DryRun_NewStatement_LeavesTheRegisterEmptyAndReportsWhatTheRealRunDoes(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);

        var dry = await IngestAsync(register, IngestInputs.CorpusPair(), dryRun: true);
        var counts = await CountsAsync(register);
        var real = await IngestAsync(register, IngestInputs.CorpusPair(), dryRun: false);

        Assert.Equal((0, 0, 0, 0, 0), counts);
        Assert.Equal("created", Assert.Single(dry.Statements).Outcome);
        Assert.Equal(Summary(real), Summary(dry));
        var preview = dry.Statements[0].Preview!;
        Assert.Equal(["en", "vi"], preview.Languages);
        Assert.Equal(real.Statements[0].Items, preview.Items.Count);
        Assert.Equal(real.Statements[0].Commitments, preview.Items.Sum(i => i.Commitments.Count));
        Assert.Contains(preview.Items, i => i.Path == "4.11" && i.Commitments.Any(c => c.Deadline is not null && c.DeadlineEnd is not null));
        Assert.InRange(preview.AlignedItems, 29, preview.Items.Count - 1);
        Assert.True(preview.Discrepancies >= 14, $"{preview.Discrepancies} discrepancies");
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task DryRun_CorrectedVersion_ChangesNothingAndReportsTheUpdateTheRealRunMakes(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await IngestAsync(register, [IngestInputs.FromText(IngestInputs.Own, "own.en.txt")], dryRun: false);
        var before = await CountsAsync(register);
        var corrected = new[] { IngestInputs.FromText(IngestInputs.OwnCorrected, "own.en.txt") };

        var dry = await IngestAsync(register, corrected, dryRun: true);
        var afterDry = await CountsAsync(register);
        var real = await IngestAsync(register, corrected, dryRun: false);

        Assert.Equal(before, afterDry);
        Assert.Equal("updated", Assert.Single(dry.Statements).Outcome);
        Assert.Equal(Summary(real), Summary(dry));
        Assert.NotEqual(before, await CountsAsync(register));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task DryRun_SameFilesAgain_SaysUnchanged(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await IngestAsync(register, IngestInputs.CorpusPair(), dryRun: false);

        var dry = await IngestAsync(register, IngestInputs.CorpusPair(), dryRun: true);

        Assert.Equal("unchanged", Assert.Single(dry.Statements).Outcome);
    }

    static async Task<IngestReport> IngestAsync(TestRegister register, IReadOnlyList<IngestDocument> documents, bool dryRun)
    {
        await using var db = register.Store.Open();
        db.Actor = "tests";
        var report = await StatementIngest.IngestAsync(db, documents, dryRun);
        Assert.True(report.Succeeded, string.Join("; ", report.Problems.Select(p => p.English)));
        return report;
    }

    static async Task<(int Statements, int Versions, int Items, int Commitments, int Changes)> CountsAsync(TestRegister register)
    {
        await using var db = register.Store.Open();
        return (await db.Statements.CountAsync(), await db.Versions.CountAsync(), await db.Items.CountAsync(),
            await db.Commitments.CountAsync(), await db.Changes.CountAsync());
    }

    static string Summary(IngestReport report) => string.Join("\n", report.Statements.Select(s => string.Join(" | ",
        s.Key, s.Title, s.Outcome, string.Join(",", s.Sources), string.Join(",", s.VersionsAdded), string.Join(",", s.VersionsChanged),
        string.Join(",", s.ItemsAdded), string.Join(",", s.ItemsRemoved), string.Join(",", s.ItemsChanged),
        s.CommitmentsAdded, s.CommitmentsRemoved, s.CommitmentsKept, string.Join(",", s.CommitmentsUnmatched),
        s.Items, s.Commitments, s.Mechanisms, s.Initiatives)));
}

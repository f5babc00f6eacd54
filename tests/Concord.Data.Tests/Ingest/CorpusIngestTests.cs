using Concord.Data.Ingest;
using Concord.Data.Register;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Tests.Ingest;

/// <summary>The corpus statement in English and Vietnamese, ingested as a reader would check it.</summary>
public sealed class CorpusIngestTests
{
    static readonly string[] BodyItems =
    [
        "3.1", "3.2", "3.3", "3.4", "3.5",
        "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9", "4.10", "4.11", "4.12", "4.13", "4.14", "4.15",
        "5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "6.1", "6.2",
    ];

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Ingest_CorpusPair_OneStatementOfVietNamAndJapanWithBothVersions(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var report = await IngestAsync(register, IngestInputs.CorpusPair());

        Assert.True(report.Succeeded);
        Assert.Equal("created", Assert.Single(report.Statements).Outcome);
        await using var db = register.Store.Open();
        var statement = await db.Statements.SingleAsync();
        Assert.Equal(("viet-nam-japan-2025-04-28", "Việt Nam", "Japan", new DateOnly(2025, 4, 28)),
            (statement.Key, statement.PartyA, statement.PartyB, statement.Date));
        var versions = await db.Versions.OrderBy(v => v.Id).ToListAsync();
        Assert.Equal(["en", "vi"], versions.Select(v => v.Language));
        Assert.All(versions, v => Assert.Matches("^[0-9a-f]{64}$", v.Hash));
        Assert.All(versions, v => Assert.Equal(("text", "utf-8", true), (v.Format, v.Encoding, v.Official)));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Ingest_CorpusPair_SixPointsAndEveryBodyItemInBothLanguages(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await IngestAsync(register, IngestInputs.CorpusPair());

        await using var db = register.Store.Open();
        var items = await db.Items.Include(i => i.Texts).ThenInclude(t => t.Version).ToListAsync();
        Assert.Equal(["1", "2", "3", "4", "5", "6"], items.Where(i => i.Kind is "item" or "section" && !i.Path.Contains('.')).Select(i => i.Path).Order(StringComparer.Ordinal));
        var body = items.Where(i => i.Kind == "item" && i.Path.Contains('.')).OrderBy(i => i.Ordinal).Select(i => i.Path).ToList();
        Assert.Equal(BodyItems, body);
        foreach (var path in BodyItems)
        {
            var item = items.Single(i => i.Path == path);
            Assert.Equal(["en", "vi"], item.Texts.Select(t => t.Version.Language).Order(StringComparer.Ordinal));
            Assert.Equal(path, item.Texts.Single(t => t.Version.Language == "vi").Path);
        }
        Assert.All(items.Where(i => i.Path.Contains('.') && !i.Path.StartsWith('A')), i => Assert.Equal(i.Path[..1], i.Pillar));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Ingest_CorpusPair_TheAnnexProjectsAreInitiativesOnlyInEnglish(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await IngestAsync(register, IngestInputs.CorpusPair());

        await using var db = register.Store.Open();
        var entries = await db.Items.Where(i => i.Kind == "annex-entry").Include(i => i.Issues).OrderBy(i => i.Ordinal).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 14).Select(n => $"A1.{n}"), entries.Select(e => e.Path));
        Assert.All(entries, e => Assert.Contains(e.Issues, i => i.Kind == "missing-content"));
        var ids = entries.Select(e => e.Id).ToList();
        var linked = await db.Mentions.Where(m => ids.Contains(m.ItemId) && m.InitiativeId != null)
            .Join(db.Initiatives, m => m.InitiativeId, i => i.Id, (m, i) => new { m.ItemId, i.Kind, i.Name }).ToListAsync();
        Assert.Equal(14, linked.Select(l => l.ItemId).Distinct().Count());
        Assert.All(linked, l => Assert.Equal("project", l.Kind));
        Assert.Equal(14, linked.Select(l => l.Name).Distinct().Count());
        Assert.True(await db.Initiatives.CountAsync(i => i.Kind == "project") >= 14);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Ingest_CorpusPair_CommitmentsHaveSourcesInBothVersionsAndTheirParties(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await IngestAsync(register, IngestInputs.CorpusPair());

        await using var db = register.Store.Open();
        var versions = await db.Versions.ToDictionaryAsync(v => v.Id, v => v);
        var commitments = await db.Commitments.Include(c => c.Item).Include(c => c.Sources).Include(c => c.Parties).ToListAsync();
        // Every point of 3-6 pledges something except 4.(2) and 4.(5), which only welcome and acknowledge.
        var pledging = commitments.Select(c => c.Item.Path).ToHashSet();
        Assert.Equal(BodyItems.Except(["4.2", "4.5"]), BodyItems.Where(pledging.Contains));
        foreach (var c in commitments.Where(c => BodyItems.Contains(c.Item.Path)))
        {
            Assert.Equal(["en", "vi"], c.Sources.Select(s => versions[s.VersionId].Language).Order(StringComparer.Ordinal));
            foreach (var s in c.Sources)
                Assert.Equal(s.Text, versions[s.VersionId].Text[s.SpanStart..s.SpanEnd]);
        }
        // 3.(3): the Vietnamese side alone will study the programme; 3.(1): the two leaders.
        Assert.Contains(commitments, c => c.Item.Path == "3.3" && c.Parties.Select(p => p.Party).SequenceEqual(["Việt Nam"]));
        Assert.All(commitments.Where(c => c.Item.Path == "3.1"), c => Assert.Equal(["Japan", "Việt Nam"], c.Parties.Select(p => p.Party).Order(StringComparer.Ordinal)));
        // 5.(2): the Japanese Government alone reaffirmed its efforts.
        Assert.Contains(commitments, c => c.Item.Path == "5.2" && c.Parties.Select(p => p.Party).SequenceEqual(["Japan"]));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Ingest_CorpusPair_FiscalYearDeadlinesReadAsJapans(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await IngestAsync(register, IngestInputs.CorpusPair());

        await using var db = register.Store.Open();
        var fiscal = await db.Commitments.Include(c => c.Item).Where(c => c.DeadlinePrecision == "fiscal-year").ToListAsync();
        // 4.(8): construction within fiscal year 2026; 4.(11): the hospital's second facility before its end.
        var within = Assert.Single(fiscal, c => c.Item.Path == "4.8");
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31), "JP"), (within.DeadlineStart!.Value, within.DeadlineEnd!.Value, within.DeadlineFiscalYear));
        var before = Assert.Single(fiscal, c => c.Item.Path == "4.11");
        Assert.Equal((null, new DateOnly(2027, 3, 31), "JP"), (before.DeadlineStart, before.DeadlineEnd!.Value, before.DeadlineFiscalYear));
        Assert.Contains("fiscal year 2026", before.DeadlineText, StringComparison.Ordinal);
        Assert.NotEqual("", before.DeadlineReading);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Ingest_CorpusPair_TargetsAndMechanisms(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await IngestAsync(register, IngestInputs.CorpusPair());

        await using var db = register.Store.Open();
        var targets = await db.Targets.Join(db.Commitments.Include(c => c.Item), t => t.CommitmentId, c => c.Id, (t, c) => new { t, c.Item.Path }).ToListAsync();
        // 4.(7): 50,000 semiconductor specialists by 2030; 5.(1): 2 million tourists a year.
        var specialists = Assert.Single(targets, x => x.t.Value == 50_000m).t;
        Assert.Equal(("semiconductor specialists", new DateOnly(2030, 12, 31)), (specialists.Metric, specialists.DueDate!.Value));
        Assert.Equal("4.7", targets.Single(x => x.t.Value == 50_000m).Path);
        // Training 50,000 is met by training 50,000 or more: a plain figure in a target is a floor.
        Assert.Equal("gte", specialists.Comparator);
        var tourists = Assert.Single(targets, x => x.t.Value == 2_000_000m).t;
        Assert.Equal(("year", "5.1"), (tourists.Per, targets.Single(x => x.t.Value == 2_000_000m).Path));

        var committee = await db.Mechanisms.SingleAsync(m => m.Name == "Việt Nam-Japan Cooperation Committee");
        Assert.Equal("Ủy ban hợp tác Việt Nam - Nhật Bản", committee.OtherName);
        Assert.Equal(2, await db.Mentions.CountAsync(m => m.MechanismId == committee.Id));
    }

    static async Task<IngestReport> IngestAsync(TestRegister register, IReadOnlyList<IngestDocument> documents)
    {
        await using var db = register.Store.Open();
        db.Actor = "concord ingest";
        return await StatementIngest.IngestAsync(db, documents);
    }
}

using Concord.Data.Register;
using Concord.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Tests.Search;

public sealed class SearchIndexingTests
{
    static async Task<SearchPage> Search(TestRegister register, string text)
    {
        await using var db = register.Store.Open();
        return await RegisterSearch.SearchAsync(db, new SearchQuery(text) { Limit = 100 });
    }

    static async Task<int> Entries(TestRegister register)
    {
        await using var db = register.Store.Open();
        return await db.SearchEntries.CountAsync();
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Save_NewRecords_IndexesEveryTextOnce(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddAsync(register.Store);

        await using var db = register.Store.Open();
        var kinds = await db.SearchEntries.GroupBy(e => e.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Assert.Equal([("commitment", 2), ("evidence", 1), ("item", 6), ("update", 1)],
            kinds.Select(k => (k.Key, k.Count)).OrderBy(k => k.Key, StringComparer.Ordinal));
        var entry = await db.SearchEntries.SingleAsync(e => e.Kind == SearchKinds.Commitment && e.Text == SearchSample.RailwayCommitment);
        Assert.Equal(SearchFolding.Fold(SearchSample.RailwayCommitment), entry.Folded);
        Assert.Equal("vi", entry.Language);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Save_RewordedCommitment_FindsTheNewWordsAndNotTheOld(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var sample = await SearchSample.AddAsync(register.Store);
        await using (var db = register.Store.Open())
        {
            var commitment = await db.Commitments.SingleAsync(c => c.Id == sample.VisaCommitmentId);
            commitment.Text = "cấp thị thực điện tử cho doanh nhân trong năm ngày làm việc";
            await db.SaveChangesAsync();
        }

        Assert.Empty((await Search(register, "mien thi thuc")).Hits);
        var hit = Assert.Single((await Search(register, "doanh nhan")).Hits);
        Assert.Equal(sample.VisaCommitmentId, hit.RefId);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Save_EditedItemTextAndEvidence_AreIndexedAgain(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var sample = await SearchSample.AddAsync(register.Store);
        await using (var db = register.Store.Open())
        {
            var text = await db.ItemTexts.SingleAsync(t => t.Text == SearchSample.FlightsEn);
            text.Text = "The two sides welcomed the new ferry line between Hai Phong and Castellara.";
            var evidence = await db.Evidence.SingleAsync(e => e.Id == sample.EvidenceId);
            evidence.Url = "https://example.gov.vn/van-ban/nghi-dinh-77";
            await db.SaveChangesAsync();
        }

        Assert.Empty((await Search(register, "direct air route")).Hits);
        Assert.Single((await Search(register, "ferry line")).Hits);
        Assert.Empty((await Search(register, "1234")).Hits);
        Assert.Equal(sample.EvidenceId, Assert.Single((await Search(register, "nghi dinh 77")).Hits).RefId);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Save_StatusChangeOnly_LeavesTheEntryAlone(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var sample = await SearchSample.AddAsync(register.Store);
        int before;
        await using (var db = register.Store.Open())
        {
            before = await db.SearchEntries.Where(e => e.Kind == SearchKinds.Commitment && e.RefId == sample.RailwayCommitmentId).Select(e => e.Id).SingleAsync();
            var commitment = await db.Commitments.SingleAsync(c => c.Id == sample.RailwayCommitmentId);
            commitment.Status = CommitmentStatus.InProgress;
            await db.SaveChangesAsync();
        }

        await using var read = register.Store.Open();
        Assert.Equal(before, await read.SearchEntries.Where(e => e.Kind == SearchKinds.Commitment && e.RefId == sample.RailwayCommitmentId).Select(e => e.Id).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Save_DeletedCommitment_TakesItsUpdatesAndEvidenceOutOfTheIndex(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var sample = await SearchSample.AddAsync(register.Store);
        await using (var db = register.Store.Open())
        {
            // Only the commitment is loaded: its update and evidence go by the database's cascade.
            db.Commitments.Remove(await db.Commitments.SingleAsync(c => c.Id == sample.RailwayCommitmentId));
            await db.SaveChangesAsync();
        }

        var page = await Search(register, "duong sat");
        Assert.DoesNotContain(page.Hits, h => h.Kind is SearchKinds.Commitment or SearchKinds.Update);
        Assert.Empty((await Search(register, "phe duyet")).Hits);
        Assert.Single(page.Hits); // item 1 in Vietnamese stays
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Save_DeletedStatement_EmptiesItsPartOfTheIndexOnly(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var sample = await SearchSample.AddAsync(register.Store);
        await SearchSample.AddAsync(register.Store, "other-2027-01-20");
        int all = await Entries(register);
        await using (var db = register.Store.Open())
        {
            db.Statements.Remove(await db.Statements.SingleAsync(s => s.Id == sample.StatementId));
            await db.SaveChangesAsync();
        }

        Assert.Equal(all / 2, await Entries(register));
        var page = await Search(register, "castellara");
        Assert.Equal(2, page.Total);
        Assert.All(page.Hits, h => Assert.Equal("other-2027-01-20", h.StatementKey));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Save_DeletedEvidence_LeavesItsUpdateFindable(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var sample = await SearchSample.AddAsync(register.Store);
        await using (var db = register.Store.Open())
        {
            db.Evidence.Remove(await db.Evidence.SingleAsync(e => e.Id == sample.EvidenceId));
            await db.SaveChangesAsync();
        }

        var hit = Assert.Single((await Search(register, "phe duyet")).Hits);
        Assert.Equal(SearchKinds.Update, hit.Kind);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Save_StaleEdit_FailsAndLeavesTheIndexAsItWas(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var sample = await SearchSample.AddAsync(register.Store);
        await using var first = register.Store.Open();
        await using var second = register.Store.Open();
        var a = await first.Commitments.SingleAsync(c => c.Id == sample.VisaCommitmentId);
        var b = await second.Commitments.SingleAsync(c => c.Id == sample.VisaCommitmentId);
        a.Status = CommitmentStatus.Completed;
        await first.SaveChangesAsync();
        b.Text = "một cách diễn đạt khác về hợp tác lãnh sự";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        Assert.Empty((await Search(register, "lanh su")).Hits);
        Assert.Single((await Search(register, "mien thi thuc")).Hits);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Rebuild_AfterEntriesWereLost_RestoresTheSameIndex(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddAsync(register.Store);
        int all = await Entries(register);
        await using (var db = register.Store.Open())
            await db.SearchEntries.ExecuteDeleteAsync();
        Assert.Empty((await Search(register, "ha noi")).Hits);

        int rebuilt;
        await using (var db = register.Store.Open())
            rebuilt = await SearchIndex.RebuildAsync(db);

        Assert.Equal(all, rebuilt);
        Assert.Equal(all, await Entries(register));
        Assert.Equal(2, (await Search(register, "ha noi")).Hits.Count(h => h.Kind == SearchKinds.Item));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Migrate_AgainOnAFilledRegister_ChangesNothingAndFillsAnEmptyIndex(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddAsync(register.Store);
        int all = await Entries(register);

        await register.Store.MigrateAsync();
        Assert.Equal(all, await Entries(register));

        await using (var db = register.Store.Open())
            await db.SearchEntries.ExecuteDeleteAsync();
        await register.Store.MigrateAsync();

        Assert.Equal(all, await Entries(register));
        Assert.NotEmpty((await Search(register, "duong sat")).Hits);
    }
}

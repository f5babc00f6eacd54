using Concord.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Tests.Search;

public sealed class RegisterSearchTests
{
    static async Task<SearchPage> Search(TestRegister register, SearchQuery query)
    {
        await using var db = register.Store.Open();
        return await RegisterSearch.SearchAsync(db, query);
    }

    static Task<SearchPage> Search(TestRegister register, string text) => Search(register, new SearchQuery(text));

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_WithoutMarks_FindsTheVietnameseItem(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddAsync(register.Store);

        var page = await Search(register, new SearchQuery("ha noi") { Kind = SearchKinds.Item });

        var hit = Assert.Single(page.Hits, h => h.Language == "vi");
        Assert.Equal((SearchSample.Key, "1"), (hit.StatementKey, hit.ItemPath));
        Assert.Contains("«Hà» «Nội»", hit.Snippet.Marked(), StringComparison.Ordinal);
        // The English text writes "Ha Noi" and matches as well.
        Assert.Contains(page.Hits, h => h.Language == "en" && h.ItemPath == "1");
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_DuongInAnyCase_FindsDuongWithItsStroke(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var sample = await SearchSample.AddAsync(register.Store);

        var lower = await Search(register, "duong");
        var upper = await Search(register, "DUONG SAT");

        Assert.Contains(lower.Hits, h => h.Kind == SearchKinds.Item && h.ItemPath == "2"); // đường bay
        Assert.Contains(upper.Hits, h => h.Kind == SearchKinds.Commitment && h.RefId == sample.RailwayCommitmentId);
        Assert.DoesNotContain(upper.Hits, h => h.ItemPath == "2");
        foreach (var hit in upper.Hits)
            Assert.Contains("«đường» «sắt»", hit.Snippet.Marked(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_SnippetRanges_PointAtTheOriginalWords(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddAsync(register.Store);

        var page = await Search(register, new SearchQuery("\"da nang\"") { Language = "vi" });

        var hit = Assert.Single(page.Hits);
        var range = Assert.Single(hit.Snippet.Highlights);
        Assert.Equal("Đà Nẵng", hit.Snippet.Text.Substring(range.Start, range.Length));
        Assert.Equal("Đà Nẵng", SearchSample.FlightsVi.Substring(hit.Snippet.Start + range.Start, range.Length));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_Phrase_MatchesWordsInARowOnly(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddAsync(register.Store);

        var inOrder = await Search(register, "\"duong sat do thi\"");
        var reversed = await Search(register, "\"sat duong\"");

        Assert.Equal(2, inOrder.Total); // item 1 in Vietnamese and the railway commitment
        Assert.Empty(reversed.Hits);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_LastWordUnfinished_MatchesAsPrefix(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var sample = await SearchSample.AddAsync(register.Store);

        var page = await Search(register, "bao cao kha");

        Assert.Equal(2, page.Total);
        Assert.Contains(page.Hits, h => h.Kind == SearchKinds.Update && h.RefId == sample.UpdateId);
        Assert.Contains(page.Hits, h => h.Kind == SearchKinds.Evidence && h.RefId == sample.EvidenceId);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_UpdateAndEvidence_NameTheirCommitment(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var sample = await SearchSample.AddAsync(register.Store);

        var page = await Search(register, "phe duyet");
        var byUrl = await Search(register, new SearchQuery("quyet dinh 1234") { Kind = SearchKinds.Evidence });

        var update = Assert.Single(page.Hits, h => h.Kind == SearchKinds.Update);
        var evidence = Assert.Single(page.Hits, h => h.Kind == SearchKinds.Evidence);
        Assert.Equal((sample.RailwayCommitmentId, "1", "vi"), (update.CommitmentId, update.ItemPath, update.Language));
        Assert.Equal(sample.RailwayCommitmentId, evidence.CommitmentId);
        Assert.Equal(sample.EvidenceId, Assert.Single(byUrl.Hits).RefId);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_English_FindsTheEnglishItemAndFiltersByLanguage(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddAsync(register.Store);

        var english = await Search(register, new SearchQuery("direct air route") { Language = "en" });
        var vietnamese = await Search(register, new SearchQuery("direct air route") { Language = "vi" });

        var hit = Assert.Single(english.Hits);
        Assert.Equal(("2", SearchKinds.Item), (hit.ItemPath, hit.Kind));
        Assert.Empty(vietnamese.Hits);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_Numbers_MatchHoweverTheyAreGrouped(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddAsync(register.Store);

        var page = await Search(register, "\"50.000\"");

        // 50.000 in Vietnamese, 50,000 in English.
        Assert.Equal(["en", "vi"], page.Hits.Select(h => h.Language).Order(StringComparer.Ordinal));
        Assert.All(page.Hits, h => Assert.Equal("2", h.ItemPath));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_JapaneseWord_FoundInsideASentence(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddAsync(register.Store);

        var page = await Search(register, "協力");
        var mixed = await Search(register, "人材 育成");

        var hit = Assert.Single(page.Hits);
        Assert.Equal(("3", "ja"), (hit.ItemPath, hit.Language));
        Assert.Contains("«協力»", hit.Snippet.Marked(), StringComparison.Ordinal);
        Assert.Single(mixed.Hits);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_StatementFilter_KeepsToThatStatement(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddAsync(register.Store);
        await SearchSample.AddAsync(register.Store, "other-2027-01-20");

        var both = await Search(register, "castellara");
        var one = await Search(register, new SearchQuery("castellara") { StatementKey = "other-2027-01-20" });
        var none = await Search(register, new SearchQuery("castellara") { StatementKey = "no-such-statement" });

        Assert.Equal(4, both.Total);
        Assert.Equal(2, one.Total);
        Assert.All(one.Hits, h => Assert.Equal("other-2027-01-20", h.StatementKey));
        Assert.Empty(none.Hits);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_WordTwiceInAShortText_RanksAboveOnceInALongOne(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var sample = await SearchSample.AddAsync(register.Store);

        var page = await Search(register, "thi thuc");

        Assert.Equal(sample.VisaCommitmentId, page.Hits[0].RefId);
        Assert.Equal(SearchKinds.Commitment, page.Hits[0].Kind);
        Assert.Contains(page.Hits, h => h.ItemPath == "4");
        Assert.True(page.Hits[0].Score > page.Hits.Single(h => h.ItemPath == "4").Score);
        Assert.Equal(4, page.Hits[0].Snippet.Highlights.Count);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_Paging_ReturnsTheNextHitsAndTheTotal(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddAsync(register.Store);

        var all = await Search(register, new SearchQuery("hai") { Limit = 50 });
        var second = await Search(register, new SearchQuery("hai") { Limit = 2, Offset = 2 });
        var past = await Search(register, new SearchQuery("hai") { Limit = 2, Offset = 100 });

        Assert.True(all.Total >= 4);
        Assert.Equal(all.Total, second.Total);
        Assert.Equal(all.Hits.Skip(2).Take(2).Select(h => (h.Kind, h.RefId)), second.Hits.Select(h => (h.Kind, h.RefId)));
        Assert.Empty(past.Hits);
        Assert.Equal(all.Total, past.Total);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_MoreMatchesThanRanked_SaysSoAndEndsItsPagesThere(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddAsync(register.Store);

        var all = await Search(register, new SearchQuery("hai") { Limit = 50 });
        var capped = await Search(register, new SearchQuery("hai") { Limit = 50, Ranked = 3 });
        var second = await Search(register, new SearchQuery("hai") { Limit = 2, Offset = 2, Ranked = 3 });
        var past = await Search(register, new SearchQuery("hai") { Limit = 2, Offset = 4, Ranked = 3 });
        var exact = await Search(register, new SearchQuery("hai") { Limit = 50, Ranked = all.Total });

        Assert.True(all.Total >= 4);
        Assert.False(all.Capped);
        Assert.Equal((3, true), (capped.Total, capped.Capped));
        Assert.Equal(3, capped.Hits.Count);
        Assert.Subset(all.Hits.Select(h => (h.Kind, h.RefId, h.Language)).ToHashSet(), capped.Hits.Select(h => (h.Kind, h.RefId, h.Language)).ToHashSet());
        Assert.Equal(capped.Hits.Select(h => h.Score).OrderDescending(), capped.Hits.Select(h => h.Score));
        // The second page holds the one left of the three ranked, not the fourth match.
        Assert.Equal((3, true), (second.Total, second.Capped));
        Assert.Equal([(capped.Hits[2].Kind, capped.Hits[2].RefId, capped.Hits[2].Language)], second.Hits.Select(h => (h.Kind, h.RefId, h.Language)));
        Assert.Empty(past.Hits);
        Assert.Equal((3, true), (past.Total, past.Capped));
        Assert.Equal((all.Total, false), (exact.Total, exact.Capped));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_MoreMatchesThanRanked_WithAFilter_IsCappedAlike(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddAsync(register.Store);

        var vi = await Search(register, new SearchQuery("hai") { Language = "vi", Limit = 50 });
        var viCapped = await Search(register, new SearchQuery("hai") { Language = "vi", Limit = 50, Ranked = 1 });

        Assert.True(vi.Total >= 2);
        Assert.All(vi.Hits, h => Assert.Equal("vi", h.Language));
        Assert.Equal((1, true), (viCapped.Total, viCapped.Capped));
        var hit = Assert.Single(viCapped.Hits);
        Assert.Equal("vi", hit.Language);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_MoreMatchesThanRanked_RanksTheNewest(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddHydropowerAsync(register.Store, 10);
        List<(string, int)> newest;
        await using (var db = register.Store.Open())
            newest = (await db.SearchEntries.OrderByDescending(e => e.Id).Take(3).Select(e => new { e.Kind, e.RefId }).ToListAsync())
                .Select(e => (e.Kind, e.RefId)).ToList();

        var page = await Search(register, new SearchQuery("thuy dien") { Ranked = 3 });

        Assert.Equal((3, true), (page.Total, page.Capped));
        Assert.Equal(newest.Order(), page.Hits.Select(h => (h.Kind, h.RefId)).Order());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_PastTheRecentEntries_OlderOnesFillTheBound(string provider)
    {
        // PostgreSQL sorts only the recent entries' matches (SQLite, which needs no such window, ignores it).
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddHydropowerAsync(register.Store, 10);
        await using var db = register.Store.Open();
        var ids = await db.SearchEntries.OrderByDescending(e => e.Id).Select(e => e.Id).ToListAsync();
        var terms = SearchQueryParser.Parse("thuy dien");

        // The two newest entries are the recent ones; four more than those are wanted (five ranked, one to tell there are more).
        var sql = SearchSql.For(provider, terms, null, null, null, ranked: 5, limit: 20, offset: 0, recentAbove: ids[2]);
        var rows = await db.Database.SqlQueryRaw<SearchRow>(sql.Select, sql.SelectArguments).ToListAsync();
        int count = (await db.Database.SqlQueryRaw<int>(sql.Count, sql.CountArguments).ToListAsync())[0];

        // Six found (one more than the bound, so there were more), the newest five ranked.
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.Equal(6, r.Matched));
        Assert.Equal(6, count);
        Assert.Contains(ids[0], rows.Select(r => r.Id));
        Assert.Contains(ids[1], rows.Select(r => r.Id));
        Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct().Count());
    }
}

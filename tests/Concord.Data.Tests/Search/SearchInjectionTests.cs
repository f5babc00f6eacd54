using Concord.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Tests.Search;

public sealed class SearchInjectionTests
{
    public static readonly TheoryData<string> Hostile =
    [
        "\"",
        "\"\"\"",
        "\"duong sat",
        "ha*",
        "*",
        "**noi",
        "NEAR(ha noi)",
        "NEAR(\"ha\" \"noi\", 1)",
        "ha OR noi",
        "ha AND NOT noi",
        "-ha",
        "^ha",
        "Folded:ha",
        "{Folded}: ha",
        "noi:*",
        ":*",
        "ha & noi | !x",
        "'ha' <-> 'noi'",
        "ha <2> noi",
        "(ha",
        "ha)",
        "'",
        "''",
        "\\",
        "\\'; SELECT 1; --",
        "'; DROP TABLE \"SearchEntries\"; --",
        "\"; DELETE FROM \"SearchEntries\"; --",
        "') OR 1=1 --",
        "1 UNION SELECT * FROM \"Users\"",
        "%",
        "_",
        "ha\u0000noi",
        "\u200B\uFEFF",
        "\uD800",
        "協力' OR '1'='1",
        "人材\" OR \"",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Search_HostileInput_ReturnsAPageAndHarmsNothing(string provider, string query)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddAsync(register.Store);
        int entries;
        await using (var db = register.Store.Open())
            entries = await db.SearchEntries.CountAsync();

        SearchPage page;
        await using (var db = register.Store.Open())
            page = await RegisterSearch.SearchAsync(db, new SearchQuery(query) { Kind = "x' OR '1'='1", Language = "vi'--" });
        SearchPage plain;
        await using (var db = register.Store.Open())
            plain = await RegisterSearch.SearchAsync(db, new SearchQuery(query));

        Assert.NotNull(page);
        Assert.Empty(page.Hits); // the filters are values, so nothing is of that kind or language
        Assert.True(plain.Total >= plain.Hits.Count);
        await using var read = register.Store.Open();
        Assert.Equal(entries, await read.SearchEntries.CountAsync());
        Assert.Single((await RegisterSearch.SearchAsync(read, new SearchQuery("\"duong sat do thi\"") { Kind = "item" })).Hits);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_OperatorWords_AreLookedForAsWords(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddAsync(register.Store);
        await using var db = register.Store.Open();

        // "OR" is a word here: no text holds it next to these, so nothing matches, where FTS5 would find either.
        var or = await RegisterSearch.SearchAsync(db, new SearchQuery("castellara OR railway"));
        // "NOT" is a word too: it does not exclude "noi".
        var not = await RegisterSearch.SearchAsync(db, new SearchQuery("ha NOT noi"));
        var star = await RegisterSearch.SearchAsync(db, new SearchQuery("*castellara*"));

        Assert.Empty(or.Hits);
        Assert.Empty(not.Hits);
        Assert.Equal(2, star.Total);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_VeryLongQuery_IsCutNotRefused(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddAsync(register.Store);
        await using var db = register.Store.Open();

        var page = await RegisterSearch.SearchAsync(db, new SearchQuery("castellara " + new string('x', 100_000)));

        Assert.Empty(page.Hits);
    }

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string provider in TestRegister.Providers)
        {
            foreach (string query in Hostile) data.Add(provider, query);
        }
        return data;
    }
}

using System.Text.Json;
using Concord.Data.Tests;
using Concord.Data.Tests.Search;

namespace Concord.Tests.Commands;

public sealed class SearchCommandTests
{
    static string Db(TestRegister register) => register.Store.FilePath ?? register.Store.ConnectionString;

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Text_FindsWithoutMarksAndMarksTheOriginalWords(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddAsync(register.Store);

        var run = CliRun.Of("search", "ha noi", "--db", Db(register), "--lang", "vi");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{SearchSample.Key} 1  item #", run.Output, StringComparison.Ordinal);
        Assert.Contains("«Hà» «Nội»", run.Output, StringComparison.Ordinal);
        Assert.Contains("[vi]", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("[en]", run.Output, StringComparison.Ordinal);
        Assert.Contains("register: ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Json_GivesHitsWithSnippetRanges(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var sample = await SearchSample.AddAsync(register.Store);

        var run = CliRun.Of("search", "DUONG SAT", "--db", Db(register), "--json", "--statement", SearchSample.Key, "--kind", "commitment");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("concord.search/1", root.GetProperty("schema").GetString());
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        var hit = root.GetProperty("hits")[0];
        Assert.Equal(sample.RailwayCommitmentId, hit.GetProperty("commitment").GetInt32());
        Assert.Equal("1", hit.GetProperty("item").GetString());
        var snippet = hit.GetProperty("snippet");
        string text = snippet.GetProperty("text").GetString()!;
        var first = snippet.GetProperty("highlights")[0];
        Assert.Equal("đường", text.Substring(first[0].GetInt32(), first[1].GetInt32()));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task NothingFound_SaysSoAndExitsWithZero(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddAsync(register.Store);

        var run = CliRun.Of("search", "\"; DROP TABLE x; --", "--db", Db(register));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("nothing found", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limit_ShowsThatManyAndTheRangeOfTheTotal()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        await SearchSample.AddAsync(register.Store);

        var run = CliRun.Of("search", "hai", "--db", Db(register), "--limit", "2", "--offset", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.Output.Split('\n').Count(l => l.StartsWith("  ", StringComparison.Ordinal)));
        Assert.Matches(@"2-3 of \d+", run.Output);
    }

    [Fact]
    public async Task UnknownStatement_ExitsWithOneAndNamesIt()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");

        var run = CliRun.Of("search", "ha noi", "--db", Db(register), "--statement", "no-such-key");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no statement 'no-such-key'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuild_RefillsTheIndexAndSaysHowMany()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        await SearchSample.AddAsync(register.Store);

        var run = CliRun.Of("search", "--rebuild", "--db", Db(register));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("search index rebuilt: 10 texts", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--lang", "fr", "--lang must be en, vi or ja")]
    [InlineData("--kind", "agency", "--kind must be one of item, commitment, update, evidence")]
    [InlineData("--limit", "0", "--limit must be between 1 and 200")]
    [InlineData("--offset", "-3", "--offset must be 0 or more")]
    public void InvalidOption_ExitsWithTwoAndExplains(string option, string value, string message)
    {
        var run = CliRun.Of("search", "ha noi", option, value, "--db", "/nonexistent/concord.db");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NoQuery_ExitsWithTwo()
    {
        var run = CliRun.Of("search", "--db", "/nonexistent/concord.db");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give the words to search for", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task MoreMatchesThanRanked_SaysSo_InTextAndJson(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await SearchSample.AddHydropowerAsync(register.Store, Data.Search.SearchQuery.MostRanked + 1);

        var text = CliRun.Of("search", "thuy dien", "--db", Db(register));
        var json = CliRun.Of("search", "thuy dien", "--db", Db(register), "--json");
        var narrow = CliRun.Of("search", "thuy dien", "--db", Db(register), "--json", "--kind", "commitment");

        Assert.Equal((0, 0, 0), (text.ExitCode, json.ExitCode, narrow.ExitCode));
        Assert.Contains("1-20 of more than 2000", text.Output, StringComparison.Ordinal);
        Assert.Contains("narrow the search", text.Output, StringComparison.Ordinal);
        var root = JsonDocument.Parse(json.Output).RootElement;
        Assert.Equal((2000, true), (root.GetProperty("total").GetInt32(), root.GetProperty("capped").GetBoolean()));
        var none = JsonDocument.Parse(narrow.Output).RootElement;
        Assert.Equal((0, false), (none.GetProperty("total").GetInt32(), none.GetProperty("capped").GetBoolean()));
    }
}

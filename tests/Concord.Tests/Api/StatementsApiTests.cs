using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Tests;

namespace Concord.Tests.Api;

public sealed class StatementsApiTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task List_OneStatement_GivesItsLanguagesCountsAndTotal(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await using (var db = host.Db()) await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Viewer);

        var page = await client.GetJsonAsync("/api/statements");

        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var s = Assert.Single(page.Items());
        Assert.Equal("aurelia-norvania-2026", s.Str("key"));
        Assert.Equal(["en", "vi"], s.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal((2, 3), (s.GetProperty("items").GetInt32(), s.GetProperty("commitments").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Read_Statement_HasVersionsItemsAndVietnameseTextIntact(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Viewer);

        using var response = await client.GetAsync($"/api/statements/{seed.Key}");
        var s = await response.ReadAsync();

        Assert.Equal("\"1\"", response.ETag());
        Assert.Equal(2, s.GetProperty("versions").GetArrayLength());
        var item = s.GetProperty("items")[0];
        Assert.Contains(item.GetProperty("texts").EnumerateArray(), t => t.Str("text").StartsWith("Hai bên nhất trí thành lập ủy ban", StringComparison.Ordinal));
        Assert.Equal([seed.Overdue], item.GetProperty("commitments").EnumerateArray().Select(c => c.GetInt32()));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Read_UnknownStatement_IsNotFoundProblem(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var client = await host.ClientAsync(Role.Viewer);

        using var response = await client.GetAsync("/api/statements/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("nothing-here", (await response.ReadAsync()).Str("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Items_FilteredByStatementAndPillar_GivesThatItemOnly(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Viewer);

        var page = await client.GetJsonAsync($"/api/items?statement={seed.Key}&pillar=2");
        var one = await client.GetJsonAsync($"/api/items/{seed.ItemId}");

        Assert.Equal("2", Assert.Single(page.Items()).Str("path"));
        Assert.Equal(2, one.GetProperty("texts").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task List_LimitOutOfRange_IsValidationProblemNamingTheField(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var client = await host.ClientAsync(Role.Viewer);

        using var response = await client.GetAsync("/api/statements?limit=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadAsync()).GetProperty("errors").TryGetProperty("limit", out _));
    }
}

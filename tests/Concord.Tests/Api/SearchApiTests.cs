using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Tests;
using Concord.Data.Tests.Search;

namespace Concord.Tests.Api;

public sealed class SearchApiTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_WithoutDiacritics_FindsVietnameseWithHighlights(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var sample = await SearchSample.AddAsync(host.Store);
        var client = await host.ClientAsync(Role.Viewer);

        var page = await client.GetJsonAsync("/api/search?q=duong%20sat&lang=vi");

        Assert.True(page.GetProperty("total").GetInt32() > 0);
        Assert.All(page.Items(), h => Assert.Contains("«", h.Str("marked"), StringComparison.Ordinal));
        Assert.Contains(page.Items(), h => h.Str("marked").Contains("«đường", StringComparison.Ordinal) && h.Str("statement") == SearchSample.Key);
        Assert.True(sample.StatementId > 0);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_BadParameters_AreValidationProblem(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var client = await host.ClientAsync(Role.Viewer);

        using var response = await client.GetAsync("/api/search?lang=fr&kind=people");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["kind", "lang", "q"], (await response.ReadAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
    }
}

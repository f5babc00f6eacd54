using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Tests;

namespace Concord.Tests.Api;

public sealed class CommitmentsApiTests
{
    static async Task<(ApiHost Host, Seed Seed, HttpClient Client)> StartAsync(string provider, Role role = Role.Coordinator)
    {
        var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        return (host, seed, await host.ClientAsync(role));
    }

    static async Task<int[]> IdsAsync(HttpClient client, string query) =>
        (await client.GetJsonAsync("/api/commitments" + query)).Items().Select(c => c.Id()).ToArray();

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task List_OnAFixedClock_ComputesOverdueAndDueSoon(string provider)
    {
        var (host, seed, client) = await StartAsync(provider, Role.Viewer);
        await using var _ = host;

        var page = await client.GetJsonAsync("/api/commitments");
        var states = page.Items().ToDictionary(c => c.Id(), c => c.Str("deadlineState"));

        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal("overdue", states[seed.Overdue]);
        Assert.Equal("due-soon", states[seed.DueSoon]);
        Assert.Equal("closed", states[seed.Completed]);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task List_Filters_SelectTheMatchingCommitments(string provider)
    {
        var (host, seed, client) = await StartAsync(provider, Role.Viewer);
        await using var _ = host;

        Assert.Equal([seed.Overdue], await IdsAsync(client, "?overdue=true"));
        Assert.Equal([seed.DueSoon], await IdsAsync(client, "?dueSoon=true"));
        Assert.Equal([seed.Overdue, seed.DueSoon], await IdsAsync(client, "?status=not-started,in-progress"));
        Assert.Equal([seed.Overdue, seed.Completed], await IdsAsync(client, "?party=Aurelia"));
        Assert.Equal([seed.DueSoon], await IdsAsync(client, $"?agency={seed.AgencyN}"));
        Assert.Equal([seed.DueSoon], await IdsAsync(client, "?q=ENGINEERS"));
        Assert.Equal([seed.Overdue, seed.DueSoon, seed.Completed], await IdsAsync(client, $"?statement={seed.Key}"));
        Assert.Equal([seed.DueSoon], await IdsAsync(client, "?limit=1&offset=1"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task List_DueBefore_IsStrictlyBeforeTheDate(string provider)
    {
        var (host, seed, client) = await StartAsync(provider, Role.Viewer);
        await using var _ = host;

        Assert.Equal([seed.Completed], await IdsAsync(client, "?dueBefore=2026-05-31"));
        Assert.Equal(new[] { seed.Overdue, seed.Completed }.Order(), (await IdsAsync(client, "?dueBefore=2026-06-01")).Order());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task List_BadFilters_AreOneValidationProblemNamingEachField(string provider)
    {
        var (host, _, client) = await StartAsync(provider, Role.Viewer);
        await using var _h = host;

        using var response = await client.GetAsync("/api/commitments?status=late&dueBefore=31/12/2026");
        var problem = await response.ReadAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("in-progress", problem.GetProperty("errors").GetProperty("status")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", problem.GetProperty("errors").GetProperty("dueBefore")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Read_Commitment_HasPartiesAgenciesSourcesAndETag(string provider)
    {
        var (host, seed, client) = await StartAsync(provider, Role.Viewer);
        await using var _ = host;

        using var response = await client.GetAsync($"/api/commitments/{seed.Overdue}");
        var c = await response.ReadAsync();

        Assert.Equal("\"1\"", response.ETag());
        Assert.Equal(2, c.GetProperty("parties").GetArrayLength());
        Assert.Equal("Bộ Cảng biển", c.GetProperty("agencies")[0].Str("nameVi"));
        Assert.Equal("vi", c.GetProperty("sources")[0].Str("language"));
        Assert.Equal("2026-05-31", c.GetProperty("deadline").Str("end"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Patch_TextStatusDeadlineAndAgencies_ChangesThemAndBumpsTheVersion(string provider)
    {
        var (host, seed, client) = await StartAsync(provider);
        await using var _ = host;

        using var response = await client.SendJsonAsync(HttpMethod.Patch, $"/api/commitments/{seed.Overdue}", new
        {
            text = "thành lập ủy ban cảng biển chung",
            status = "in-progress",
            deadline = new { start = "2026-01-01", end = "2026-12-31", precision = "year" },
            agencies = new object[] { new { agencyId = seed.AgencyA, role = "lead" }, new { agencyId = seed.AgencyN, role = "support" } },
        }, "\"1\"");
        var c = await response.ReadAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal(("thành lập ủy ban cảng biển chung", "in-progress", "edited", "2026-12-31", "open"),
            (c.Str("text"), c.Str("status"), c.Str("origin"), c.GetProperty("deadline").Str("end"), c.Str("deadlineState")));
        Assert.Equal(["Aurelia/lead", "Norvania/support"], c.GetProperty("agencies").EnumerateArray().Select(a => a.Str("party") + "/" + a.Str("role")).Order());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Patch_InvalidFields_ChangeNothing(string provider)
    {
        var (host, seed, client) = await StartAsync(provider);
        await using var _ = host;

        using var response = await client.SendJsonAsync(HttpMethod.Patch, $"/api/commitments/{seed.Overdue}", new
        {
            text = "a new wording",
            status = "almost-done",
            deadline = new { start = "2026-12-01", end = "2026-01-01" },
            agencies = new object[] { new { agencyId = 9999 } },
        }, "\"1\"");
        var problem = await response.ReadAsync();
        var after = await client.GetJsonAsync($"/api/commitments/{seed.Overdue}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["agencies[0].agencyId", "deadline.end", "status"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(("set up a joint ports committee", 1), (after.Str("text"), after.GetProperty("version").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Patch_MalformedJson_IsProblemNotCrash(string provider)
    {
        var (host, seed, client) = await StartAsync(provider);
        await using var _ = host;
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/commitments/{seed.Overdue}")
        {
            Content = new StringContent("{\"text\": ", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON", (await response.ReadAsync()).Str("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Split_IntoTwoParts_KeepsAgenciesAndSourcesOnBoth(string provider)
    {
        var (host, seed, client) = await StartAsync(provider);
        await using var _ = host;

        using var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/commitments/{seed.Overdue}/split",
            new { parts = new[] { "set up a ports committee", "hold its first meeting" } }, "\"1\"");
        var parts = await response.ReadAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["set up a ports committee", "hold its first meeting"], parts.EnumerateArray().Select(p => p.Str("text")));
        Assert.All(parts.EnumerateArray(), p => Assert.Equal((1, 1, 2), (p.GetProperty("agencies").GetArrayLength(), p.GetProperty("sources").GetArrayLength(), p.GetProperty("parties").GetArrayLength())));
        Assert.Equal(4, (await client.GetJsonAsync("/api/commitments")).GetProperty("total").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Merge_TwoCommitments_JoinsTextsAndRemovesTheOther(string provider)
    {
        var (host, seed, client) = await StartAsync(provider);
        await using var _ = host;

        using var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/commitments/{seed.DueSoon}/merge", new { others = new[] { seed.Completed } }, "\"1\"");
        var merged = await response.ReadAsync();
        using var gone = await client.GetAsync($"/api/commitments/{seed.Completed}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("train 5,000 port engineers open a consulate in Lanthorn", merged.Str("text"));
        Assert.Equal(["Aurelia", "Norvania"], merged.GetProperty("parties").EnumerateArray().Select(p => p.Str("party")).Order());
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Merge_WithItself_IsValidationProblem(string provider)
    {
        var (host, seed, client) = await StartAsync(provider);
        await using var _ = host;

        using var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/commitments/{seed.DueSoon}/merge", new { others = new[] { seed.DueSoon } }, "\"1\"");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Tests;

namespace Concord.Tests.Api;

public sealed class TargetsApiTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task AddTargetAndMeasurement_GivesPaceOnTheFixedClock(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Coordinator);

        using var created = await client.SendJsonAsync(HttpMethod.Post, $"/api/commitments/{seed.DueSoon}/targets", new
        {
            metric = "port engineers trained", unit = "engineers", comparator = "gte", value = 5000,
            baseline = 0, baselineDate = "2025-01-01", dueDate = "2030-12-31",
        });
        int id = (await created.ReadAsync()).Id();
        using var measured = await client.SendJsonAsync(HttpMethod.Post, $"/api/targets/{id}/measurements",
            new { date = "2026-01-01", value = 2000, source = "Skills Agency annual report" });
        var target = await measured.ReadAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Created, measured.StatusCode);
        Assert.Equal("on-track", target.GetProperty("pace").Str("state"));
        Assert.Equal(2000m, target.GetProperty("pace").GetProperty("latest").GetDecimal());
        var listed = await client.GetJsonAsync($"/api/targets?statement={seed.Key}");
        Assert.Equal(id, Assert.Single(listed.Items()).Id());
        Assert.Equal(id, (await client.GetJsonAsync($"/api/commitments/{seed.DueSoon}")).GetProperty("targets")[0].Id());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Patch_Target_NeedsIfMatchAndValidatesTheComparator(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Coordinator);
        using var created = await client.SendJsonAsync(HttpMethod.Post, $"/api/commitments/{seed.DueSoon}/targets",
            new { metric = "visits", unit = "visits", value = 2000000, per = "year" });
        int id = (await created.ReadAsync()).Id();

        using var bad = await client.SendJsonAsync(HttpMethod.Patch, $"/api/targets/{id}", new { comparator = "about" }, created.ETag());
        using var good = await client.SendJsonAsync(HttpMethod.Patch, $"/api/targets/{id}", new { comparator = "approx" }, created.ETag());

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(("approx", "\"2\""), ((await good.ReadAsync()).Str("comparator"), good.ETag()));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Measurement_InTheFuture_IsRefused(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Coordinator);
        using var created = await client.SendJsonAsync(HttpMethod.Post, $"/api/commitments/{seed.DueSoon}/targets", new { metric = "m", unit = "u", value = 1 });
        int id = (await created.ReadAsync()).Id();

        using var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/targets/{id}/measurements", new { date = "2026-06-16", value = 1, source = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("future", (await response.ReadAsync()).GetProperty("errors").GetProperty("date")[0].GetString(), StringComparison.Ordinal);
    }
}

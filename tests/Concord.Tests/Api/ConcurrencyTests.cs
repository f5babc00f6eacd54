using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Tests;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Api;

public sealed class ConcurrencyTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task TwoClients_SameVersion_OneWinsTheOtherGets412AndHistoryHasOnlyTheWinner(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var alice = await host.ClientAsync(Role.Coordinator, name: "alice");
        var bob = await host.ClientAsync(Role.Coordinator, name: "bob");
        string url = $"/api/commitments/{seed.Overdue}";
        using var readA = await alice.GetAsync(url);
        using var readB = await bob.GetAsync(url);

        using var first = await alice.SendJsonAsync(HttpMethod.Patch, url, new { text = "alice's wording" }, readA.ETag());
        using var second = await bob.SendJsonAsync(HttpMethod.Patch, url, new { text = "bob's wording" }, readB.ETag());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        Assert.Contains("version 2", (await second.ReadAsync()).Str("detail"), StringComparison.Ordinal);
        Assert.Equal("alice's wording", (await bob.GetJsonAsync(url)).Str("text"));
        await using var check = host.Db();
        var edits = await check.Changes.Where(c => c.Entity == "Commitment" && c.Operation == "modified").ToListAsync();
        var edit = Assert.Single(edits);
        Assert.Equal("alice", edit.Actor);
        Assert.DoesNotContain(await check.Changes.Select(c => c.After ?? "").ToListAsync(), a => a.Contains("bob's wording", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Patch_WithoutIfMatch_Is428AndChangesNothing(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Coordinator);

        using var response = await client.SendJsonAsync(HttpMethod.Patch, $"/api/commitments/{seed.Overdue}", new { status = "completed" });

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
        Assert.Equal("not-started", (await client.GetJsonAsync($"/api/commitments/{seed.Overdue}")).Str("status"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Patch_GarbledIfMatch_IsBadRequest(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Coordinator);

        using var response = await client.SendJsonAsync(HttpMethod.Patch, $"/api/agencies/{seed.AgencyA}", new { acronym = "MP" }, "version one");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Update_AfterAnotherUpdate_NeedsTheNewETag(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Coordinator);
        string url = $"/api/commitments/{seed.DueSoon}/updates";

        using var first = await client.SendJsonAsync(HttpMethod.Post, url, new { text = "Curriculum agreed." }, "\"1\"");
        using var stale = await client.SendJsonAsync(HttpMethod.Post, url, new { text = "First cohort enrolled." }, "\"1\"");
        using var fresh = await client.SendJsonAsync(HttpMethod.Post, url, new { text = "First cohort enrolled." }, first.ETag());

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.PreconditionFailed, HttpStatusCode.Created), (first.StatusCode, stale.StatusCode, fresh.StatusCode));
        Assert.Equal(2, (await client.GetJsonAsync(url)).GetProperty("total").GetInt32());
    }
}

using System.Net;
using Concord.Data.Accounts;
using Concord.Data.History;
using Concord.Data.Register;
using Concord.Data.Tests;
using Concord.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Concord.Tests.Api;

/// <summary>The cached lists and searches (see <see cref="RegisterCache"/>) never answer with a register that has
/// changed since, whoever changed it and wherever, and never answer someone authorization would refuse.</summary>
public sealed class CacheTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task List_AfterAnUpdateThroughTheApi_ShowsTheUpdate(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Coordinator);
        Assert.Equal([seed.Overdue], await IdsAsync(client, "?overdue=true"));
        Assert.Equal([seed.Overdue], await IdsAsync(client, "?overdue=true"));

        using var read = await client.GetAsync($"/api/commitments/{seed.Overdue}");
        using var patch = await client.SendJsonAsync(HttpMethod.Patch, $"/api/commitments/{seed.Overdue}", new { status = "completed" }, read.ETag());
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);

        Assert.Empty(await IdsAsync(client, "?overdue=true"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task List_OnOneInstance_AfterAWriteThroughAnother_ShowsTheWrite(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        await using var other = ConcordApp.Build(new ServeSettings(), host.Store, host.Clock, b => b.WebHost.UseTestServer());
        await other.StartAsync();
        var reader = await host.ClientAsync(Role.Viewer);
        Assert.Equal(3, await TotalAsync(reader, "/api/commitments"));
        Assert.Equal(2, await TotalAsync(reader, "/api/agencies"));
        Assert.Equal("Ministry of Ports", await AgencyNameAsync(reader, seed.AgencyA));
        var (_, token) = await host.ClientWithTokenAsync(Role.Coordinator);
        using var writer = other.GetTestClient();
        writer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        using var added = await writer.SendJsonAsync(HttpMethod.Post, "/api/agencies", new { nameEn = "Coast Guard", nameVi = "Cảnh sát biển", country = Seed.PartyA });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(3, await TotalAsync(reader, "/api/agencies"));

        // Written straight into the database, as another instance or a command-line ingest would.
        await using (var db = host.Db())
        {
            db.Commitments.Add(new Commitment { StatementId = seed.StatementId, ItemId = seed.ItemId, Ordinal = 9, Text = "open a ferry line" });
            var agency = await db.Agencies.FindAsync(seed.AgencyA);
            agency!.NameEn = "Ministry of Ports and Ferries";
            await db.SaveChangesAsync();
        }

        Assert.Equal(4, await TotalAsync(reader, "/api/commitments"));
        Assert.Equal("Ministry of Ports and Ferries", await AgencyNameAsync(reader, seed.AgencyA));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task List_CachedForAReader_IsStillRefusedToAnonymous(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await using (var db = host.Db()) await Seed.WriteAsync(db);
        var reader = await host.ClientAsync(Role.Viewer);
        Assert.Equal(3, await TotalAsync(reader, "/api/commitments"));

        using var anonymous = await host.Anonymous().GetAsync("/api/commitments");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Overdue_OnTheNextDay_IsReadAgain(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Viewer);
        Assert.Equal([seed.Overdue], await IdsAsync(client, "?overdue=true"));

        // The second commitment is due on 2026-07-01: overdue from the 2nd, with nothing written in between.
        host.Clock.Now = new DateTimeOffset(2026, 7, 2, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal([seed.Overdue, seed.DueSoon], await IdsAsync(client, "?overdue=true"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Revision_GoesUpWithEachSaveThatChangesSomething_AndOnlyThen(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await using var db = host.Db();
        long empty = await RegisterRevision.ReadAsync(db);
        await Seed.WriteAsync(db);
        long seeded = await RegisterRevision.ReadAsync(db);
        await db.SaveChangesAsync();

        Assert.Equal(empty + 2, seeded);
        Assert.Equal(seeded, await RegisterRevision.ReadAsync(db));
    }

    static async Task<int[]> IdsAsync(HttpClient client, string query) =>
        (await client.GetJsonAsync("/api/commitments" + query)).Items().Select(c => c.Id()).Order().ToArray();

    static async Task<int> TotalAsync(HttpClient client, string url) =>
        (await client.GetJsonAsync(url)).GetProperty("total").GetInt32();

    static async Task<string> AgencyNameAsync(HttpClient client, int id) =>
        (await client.GetJsonAsync("/api/agencies")).Items().Single(a => a.Id() == id).Str("nameEn");

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Memo_KeepsAValueUntilTheRegisterChangesOrTheDayTurns(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var memo = new RegisterMemo(new Microsoft.Extensions.Caching.Memory.MemoryCache(new Microsoft.Extensions.Caching.Memory.MemoryCacheOptions()));
        int made = 0;
        Task<string> Make() => Task.FromResult($"value {++made}");
        await using var db = host.Db();

        Assert.Equal("value 1", await memo.GetAsync(db, "k", Make, default));
        Assert.Equal("value 1", await memo.GetAsync(db, "k", Make, default));
        Assert.Equal("value 2", await memo.GetAsync(db, "other", Make, default));
        await Seed.WriteAsync(db);
        Assert.Equal("value 3", await memo.GetAsync(db, "k", Make, default));
        host.Clock.Now = host.Clock.Now.AddDays(1);
        Assert.Equal("value 4", await memo.GetAsync(db, "k", Make, default));
        Assert.Equal("value 4", await memo.GetAsync(db, "k", Make, default));
    }
}

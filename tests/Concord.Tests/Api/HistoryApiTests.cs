using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Tests;

namespace Concord.Tests.Api;

public sealed class HistoryApiTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task History_OfACommitment_ShowsWhoChangedWhatWithItsParts(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Coordinator, name: "carol");
        using var _ = await client.SendJsonAsync(HttpMethod.Patch, $"/api/commitments/{seed.Overdue}", new { status = "stalled" }, "\"1\"");

        var history = await client.GetJsonAsync($"/api/history/commitments/{seed.Overdue}");
        var newest = history.Items().First();

        Assert.Equal(("carol", "modified", "Commitment"), (newest.Str("actor"), newest.Str("operation"), newest.Str("entity")));
        Assert.Equal(("NotStarted", "Stalled"), (newest.GetProperty("before").Str("Status"), newest.GetProperty("after").Str("Status")));
        Assert.Contains(history.Items(), c => c.Str("entity") == "CommitmentAgency");
        Assert.Contains(history.Items(), c => c.Str("entity") == "CommitmentParty");
        // The seed's other commitments have parties too; none of theirs is here.
        Assert.All(history.Items().Where(c => c.Str("entity") != "Commitment"),
            c => Assert.Equal(seed.Overdue, c.GetProperty("after").GetProperty("CommitmentId").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task History_UnknownKind_IsValidationProblem(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var client = await host.ClientAsync(Role.Viewer);

        using var response = await client.GetAsync("/api/history/users/1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task AsOf_ADateBeforeAChange_ShowsTheRegisterAsItStoodThen(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, now: new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Coordinator);
        host.Clock.Now = new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);
        using var _ = await client.SendJsonAsync(HttpMethod.Post, $"/api/commitments/{seed.Overdue}/updates", new { status = "completed", text = "Committee set up." }, "\"1\"");

        var before = await client.GetJsonAsync($"/api/statements/{seed.Key}/as-of/2026-03-31");
        var after = await client.GetJsonAsync($"/api/statements/{seed.Key}/as-of/2026-06-15");
        using var earlier = await client.GetAsync($"/api/statements/{seed.Key}/as-of/2025-12-31");
        using var garbled = await client.GetAsync($"/api/statements/{seed.Key}/as-of/31-12-2025");

        static System.Text.Json.JsonElement First(System.Text.Json.JsonElement asOf) => asOf.GetProperty("statement").GetProperty("items")[0].GetProperty("commitments")[0];
        Assert.Equal(("NotStarted", 0), (First(before).Str("status"), First(before).GetProperty("updates").GetArrayLength()));
        Assert.Equal(("Completed", "Committee set up."), (First(after).Str("status"), First(after).GetProperty("updates")[0].Str("text")));
        Assert.Equal("Hai bên nhất trí thành lập ủy ban cảng biển chung trước tháng 5/2026.", before.GetProperty("statement").GetProperty("items")[0].GetProperty("texts")[1].Str("text"));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.BadRequest), (earlier.StatusCode, garbled.StatusCode));
    }
}

using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Register;
using Concord.Data.Tests;

namespace Concord.Tests.Api;

/// <summary>Agencies, mechanisms and initiatives.</summary>
public sealed class RegistersApiTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Agencies_CreateReadPatchDelete_WorkWithETags(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var client = await host.ClientAsync(Role.Coordinator);

        using var created = await client.SendJsonAsync(HttpMethod.Post, "/api/agencies", new { nameVi = "Bộ Giao thông vận tải", nameEn = "Ministry of Transport", country = "Việt Nam" });
        int id = (await created.ReadAsync()).Id();
        using var patched = await client.SendJsonAsync(HttpMethod.Patch, $"/api/agencies/{id}", new { acronym = "MOT" }, created.ETag());
        var found = await client.GetJsonAsync("/api/agencies?q=giao");
        using var deleted = await client.SendJsonAsync(HttpMethod.Delete, $"/api/agencies/{id}", null, patched.ETag());
        using var gone = await client.GetAsync($"/api/agencies/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("MOT", (await patched.ReadAsync()).Str("acronym"));
        Assert.Equal("Bộ Giao thông vận tải", Assert.Single(found.Items()).Str("nameVi"));
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (deleted.StatusCode, gone.StatusCode));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Agencies_DeleteWhileAssigned_IsConflict(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Coordinator);

        using var response = await client.SendJsonAsync(HttpMethod.Delete, $"/api/agencies/{seed.AgencyA}", null, "\"1\"");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("assigned", (await response.ReadAsync()).Str("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Agencies_MissingNames_AreValidationProblem(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var client = await host.ClientAsync(Role.Coordinator);

        using var response = await client.SendJsonAsync(HttpMethod.Post, "/api/agencies", new { nameEn = "Ministry" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["country", "nameVi"], (await response.ReadAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Mechanisms_NamedLongAgoAndNeverMet_AreLapsedUntilTheyMeet(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db())
        {
            seed = await Seed.WriteAsync(db);
            var m = new Mechanism { Name = "Joint Ports Committee", CadenceMonths = 3 };
            db.Mechanisms.Add(m);
            await db.SaveChangesAsync();
            db.Mentions.Add(new Mention { ItemId = seed.ItemId, VersionId = 1, Text = "joint ports committee", MechanismId = m.Id });
            await db.SaveChangesAsync();
        }
        var client = await host.ClientAsync(Role.Coordinator);

        var lapsed = Assert.Single((await client.GetJsonAsync("/api/mechanisms?lapsed=true")).Items());
        using var met = await client.SendJsonAsync(HttpMethod.Post, $"/api/mechanisms/{lapsed.Id()}/meetings", new { date = "2026-06-01", place = "Hà Nội" });
        var read = await client.GetJsonAsync($"/api/mechanisms/{lapsed.Id()}");

        Assert.Equal("2026-04-20", lapsed.GetProperty("cadence").Str("dueBy"));
        Assert.Equal(HttpStatusCode.Created, met.StatusCode);
        Assert.False(read.GetProperty("cadence").GetProperty("lapsed").GetBoolean());
        Assert.Equal(seed.Key, read.GetProperty("mentions")[0].Str("statement"));
        Assert.Equal("Hà Nội", read.GetProperty("meetings")[0].Str("place"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Mechanisms_DuplicateName_IsValidationProblem(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var client = await host.ClientAsync(Role.Coordinator);

        using var first = await client.SendJsonAsync(HttpMethod.Post, "/api/mechanisms", new { name = "2+2 Dialogue", cadenceMonths = 12 });
        using var second = await client.SendJsonAsync(HttpMethod.Post, "/api/mechanisms", new { name = "2+2 Dialogue" });
        using var patched = await client.SendJsonAsync(HttpMethod.Patch, $"/api/mechanisms/{(await first.ReadAsync()).Id()}", new { cadenceMonths = 6 }, first.ETag());

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.BadRequest), (first.StatusCode, second.StatusCode));
        Assert.Equal(6, (await patched.ReadAsync()).GetProperty("cadenceMonths").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Initiatives_CreateFilterAndPatch(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var client = await host.ClientAsync(Role.Coordinator);

        using var project = await client.SendJsonAsync(HttpMethod.Post, "/api/initiatives", new { kind = "project", name = "Lanthorn Deep-Water Port" });
        using var ev = await client.SendJsonAsync(HttpMethod.Post, "/api/initiatives", new { kind = "event", name = "Ports Week", date = "2026-09-01" });
        using var bad = await client.SendJsonAsync(HttpMethod.Post, "/api/initiatives", new { kind = "festival", name = "x" });
        var events = await client.GetJsonAsync("/api/initiatives?kind=event");
        using var patched = await client.SendJsonAsync(HttpMethod.Patch, $"/api/initiatives/{(await project.ReadAsync()).Id()}", new { otherName = "Cảng nước sâu Lanthorn" }, project.ETag());

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("Ports Week", Assert.Single(events.Items()).Str("name"));
        Assert.Equal("Cảng nước sâu Lanthorn", (await patched.ReadAsync()).Str("otherName"));
    }
}

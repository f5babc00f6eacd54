using System.Net;
using System.Net.Http.Headers;
using Concord.Data.Accounts;
using Concord.Data.Tests;

namespace Concord.Tests.Api;

public sealed class UpdatesApiTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Post_PartyUpdateWithEvidence_MovesThatPartyAndRecordsTheLink(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Coordinator, name: "desk");

        using var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/commitments/{seed.Overdue}/updates", new
        {
            date = "2026-06-10",
            party = "Aurelia",
            status = "in-progress",
            text = "Bộ Cảng biển đã trình dự thảo quy chế ủy ban.",
            evidence = new[] { new { kind = "official-act", title = "Decision 12/2026", url = "https://ports.example/decision-12" } },
        }, "\"1\"");
        var update = await response.ReadAsync();
        var c = await client.GetJsonAsync($"/api/commitments/{seed.Overdue}");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("desk", "not-started", "in-progress"), (update.Str("author"), update.Str("statusBefore"), update.Str("statusAfter")));
        Assert.Equal("official-act", update.GetProperty("evidence")[0].Str("kind"));
        Assert.Equal("Bộ Cảng biển đã trình dự thảo quy chế ủy ban.", c.GetProperty("updates")[0].Str("text"));
        var parties = c.GetProperty("parties").EnumerateArray().ToDictionary(p => p.Str("party"), p => p.Str("status"));
        Assert.Equal(("in-progress", "not-started", "in-progress"), (parties["Aurelia"], parties["Norvania"], c.Str("status")));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Post_InvalidUpdate_ListsEachProblemAndChangesNothing(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Coordinator);

        using var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/commitments/{seed.Overdue}/updates", new
        {
            date = "2027-01-01",
            party = "Lanthorn",
            text = " ",
            evidence = new[] { new { kind = "rumour", title = "", url = "javascript:alert(1)" } },
        }, "\"1\"");
        var problem = await response.ReadAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("evidence[0].kind", problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        var again = await client.SendJsonAsync(HttpMethod.Post, $"/api/commitments/{seed.Overdue}/updates", new { date = "2027-01-01", party = "Lanthorn", text = " " }, "\"1\"");
        Assert.Equal(["date", "party", "text"], (await again.ReadAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(0, (await client.GetJsonAsync($"/api/commitments/{seed.Overdue}/updates")).GetProperty("total").GetInt32());
    }

    static async Task<int> UpdateAsync(HttpClient client, int commitment)
    {
        using var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/commitments/{commitment}/updates", new { text = "Report filed." }, "\"1\"");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadAsync()).Id();
    }

    static MultipartFormDataContent Form(byte[] bytes, string contentType, string name = "report.pdf")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", name }, { new StringContent("implementing-document"), "kind" }, { new StringContent("Báo cáo tiến độ"), "title" } };
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Upload_Pdf_IsKeptAndDownloadsTheSameBytes(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Coordinator);
        int update = await UpdateAsync(client, seed.Overdue);
        byte[] pdf = "%PDF-1.4\n% a small file\n"u8.ToArray();

        using var response = await client.PostAsync($"/api/updates/{update}/evidence", Form(pdf, "application/pdf", "../../etc/report.pdf"));
        var evidence = await response.ReadAsync();
        using var download = await client.GetAsync(evidence.Str("download"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("report.pdf", "Báo cáo tiến độ", "implementing-document"), (evidence.Str("fileName"), evidence.Str("title"), evidence.Str("kind")));
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Upload_HtmlCalledPdf_IsRefusedAs415(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Coordinator);
        int update = await UpdateAsync(client, seed.Overdue);

        using var disguised = await client.PostAsync($"/api/updates/{update}/evidence", Form("<script>alert(1)</script>"u8.ToArray(), "application/pdf"));
        using var html = await client.PostAsync($"/api/updates/{update}/evidence", Form("<p>hi</p>"u8.ToArray(), "text/html", "page.html"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, disguised.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, html.StatusCode);
        Assert.Contains("application/pdf", (await html.ReadAsync()).Str("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Upload_OverTheLimit_IsRefusedAs413(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, maxUpload: 1024);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Coordinator);
        int update = await UpdateAsync(client, seed.Overdue);
        byte[] big = new byte[4096];
        "%PDF-"u8.CopyTo(big);

        using var response = await client.PostAsync($"/api/updates/{update}/evidence", Form(big, "application/pdf"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}

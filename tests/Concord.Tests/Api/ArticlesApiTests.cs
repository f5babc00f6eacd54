using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Concord.Data.Accounts;
using Concord.Data.Tests;
using Concord.Text.Tests;

namespace Concord.Tests.Api;

public sealed class ArticlesApiTests
{
    const string Key = CorpusStatement.Key;

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Post_CorpusArticleFile_ThenRead_GivesTheCheckWithTravellersContradicted(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await CorpusStatement.IngestAsync(host);
        var editor = await host.ClientAsync(Role.Coordinator, name: "lan");

        using var posted = await editor.PostAsync($"/api/statements/{Key}/articles", FileForm(Corpus.HanoiTimes, Corpus.Read(Corpus.HanoiTimes)));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var summary = await posted.ReadAsync();
        Assert.Equal(("en", "lan", Corpus.HanoiTimes), (summary.Str("language"), summary.Str("addedBy"), summary.Str("source")));

        var reader = await host.ClientAsync(Role.Viewer);
        var check = await reader.GetJsonAsync($"/api/articles/{summary.Id()}");
        Assert.Equal(("concord.check/1", summary.Id(), Key), (check.Str("schema"), check.Id(), check.Str("statement")));
        Assert.Equal(1, check.GetProperty("version").GetInt64());
        var travellers = check.GetProperty("claims").EnumerateArray().First(c => c.Str("text").Contains("620,000", StringComparison.Ordinal));
        Assert.Equal("contradicted", travellers.Str("verdict"));
        var list = await reader.GetJsonAsync($"/api/statements/{Key}/articles");
        Assert.Equal([summary.Id()], list.EnumerateArray().Select(a => a.Id()));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Post_PastedVietnameseText_KeepsItsLanguageAndGivenDate(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await CorpusStatement.IngestAsync(host);
        var editor = await AgencyEditorAsync(host, "minh");
        const string text = "Hai nước đặt mục tiêu đón khoảng 2 triệu lượt khách mỗi năm.\n\nHai bên cũng bàn về hợp tác bán dẫn.\n";

        using var posted = await editor.PostAsJsonAsync($"/api/statements/{Key}/articles",
            new { text, source = "bao-du-lich", date = "2025-04-29" });

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var summary = await posted.ReadAsync();
        Assert.Equal(("vi", "2025-04-29", "bao-du-lich"), (summary.Str("language"), summary.Str("date"), summary.Str("source")));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Post_AsViewer_IsForbiddenAndAddsNothing(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await CorpusStatement.IngestAsync(host);
        var viewer = await host.ClientAsync(Role.Viewer);

        using var posted = await viewer.PostAsJsonAsync($"/api/statements/{Key}/articles", new { text = "Two leaders met." });

        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Empty((await viewer.GetJsonAsync($"/api/statements/{Key}/articles")).EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Post_WithoutTextOrBadDate_IsAValidationProblemNamingTheField(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await CorpusStatement.IngestAsync(host);
        var editor = await host.ClientAsync(Role.Coordinator);

        using var empty = await editor.PostAsJsonAsync($"/api/statements/{Key}/articles", new { text = "  " });
        using var form = FileForm("a.txt", "The two sides agreed to meet again.");
        form.Add(new StringContent("29/04/2025"), "date");
        using var badDate = await editor.PostAsync($"/api/statements/{Key}/articles", form);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.True((await empty.ReadAsync()).GetProperty("errors").TryGetProperty("text", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.True((await badDate.ReadAsync()).GetProperty("errors").TryGetProperty("date", out _));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Delete_AgencyEditorIsForbidden_CoordinatorRemovesTheArticle(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await CorpusStatement.IngestAsync(host);
        var coordinator = await host.ClientAsync(Role.Coordinator);
        using var posted = await coordinator.PostAsync($"/api/statements/{Key}/articles", FileForm(Corpus.Rewritten, Corpus.Read(Corpus.Rewritten)));
        int id = (await posted.ReadAsync()).Id();
        var editor = await AgencyEditorAsync(host, "minh");

        using var refused = await editor.DeleteAsync($"/api/articles/{id}");
        using var deleted = await coordinator.DeleteAsync($"/api/articles/{id}");
        using var gone = await coordinator.GetAsync($"/api/articles/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Read_UnknownArticleOrStatement_IsNotFoundProblem(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var client = await host.ClientAsync(Role.Viewer);

        using var article = await client.GetAsync("/api/articles/999");
        using var list = await client.GetAsync("/api/statements/nothing-here/articles");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (article.StatusCode, list.StatusCode));
        Assert.Equal("application/problem+json", article.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Post_FileOverTheUploadLimit_IsTooLargeAndAddsNothing(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, maxUpload: 4096);
        await CorpusStatement.IngestAsync(host);
        var coordinator = await host.ClientAsync(Role.Coordinator);

        using var posted = await coordinator.PostAsync($"/api/statements/{Key}/articles", FileForm("long.txt", new string('a', 3000) + "\n" + new string('b', 3000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, posted.StatusCode);
        Assert.Empty((await coordinator.GetJsonAsync($"/api/statements/{Key}/articles")).EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Read_PublicRegister_AnyoneReadsTheCheckedArticle(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        await CorpusStatement.IngestAsync(host);
        var coordinator = await host.ClientAsync(Role.Coordinator);
        using var posted = await coordinator.PostAsync($"/api/statements/{Key}/articles", FileForm(Corpus.Rewritten, Corpus.Read(Corpus.Rewritten)));
        int id = (await posted.ReadAsync()).Id();

        var check = await host.Anonymous().GetJsonAsync($"/api/articles/{id}");

        var claim = check.GetProperty("claims").EnumerateArray().First(c => c.Str("text").Contains("over $20 billion", StringComparison.Ordinal));
        Assert.Equal("overstated", claim.Str("verdict"));
    }

    static async Task<HttpClient> AgencyEditorAsync(ApiHost host, string name)
    {
        int agency;
        await using (var db = host.Db())
        {
            var added = new Concord.Data.Register.Agency { NameEn = "Ministry of Tourism", NameVi = "Bộ Du lịch", Country = "Việt Nam" };
            db.Agencies.Add(added);
            await db.SaveChangesAsync();
            agency = added.Id;
        }
        return await host.ClientAsync(Role.AgencyEditor, agency, name);
    }

    static MultipartFormDataContent FileForm(string name, string text)
    {
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return new MultipartFormDataContent { { file, "file", name } };
    }
}

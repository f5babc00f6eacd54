using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Concord.Data.Accounts;
using Concord.Data.Tests;
using Concord.Features.Updates;
using Concord.Tests.Api;
using Concord.Tests.Pages;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Security;

/// <summary>Uploads with hostile names, malformed bodies and made-up pending ids: refused clearly, never a 500, never a
/// file outside where Concord keeps its own.</summary>
public sealed class UploadProbeTests
{
    [Theory]
    [InlineData("../../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("..\\..\\windows\\win.ini.pdf", "win.ini.pdf")]
    [InlineData("C:\\Users\\x\\report.pdf", "report.pdf")]
    [InlineData("/absolute/report.pdf", "report.pdf")]
    [InlineData("..", "evidence")]
    [InlineData(".hidden.pdf", "hidden.pdf")]
    [InlineData("bad\u0000name\r\n.pdf", "badname.pdf")]
    [InlineData("\"><script>.pdf", "script.pdf")]
    public void EvidenceNames_LoseFoldersControlsAndMarkup(string given, string expected)
    {
        Assert.Equal(expected, EvidenceFiles.SafeName(given));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task EvidenceUpload_WithAFolderInItsName_IsStoredUnderItsBareName(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Coordinator);
        using var posted = await client.SendJsonAsync(HttpMethod.Post, $"/api/commitments/{seed.Overdue}/updates", new { text = "Filed." }, "\"1\"");
        int update = (await posted.ReadAsync()).Id();
        var file = new ByteArrayContent("%PDF-1.7\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");

        using var response = await client.PostAsync($"/api/updates/{update}/evidence",
            new MultipartFormDataContent { { file, "file", "../../../../tmp/evil.pdf" }, { new StringContent("x"), "title" } });
        var created = await response.ReadAsync();
        using var download = await client.GetAsync(created.Str("download"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("evil.pdf", created.Str("fileName"));
        Assert.Equal("evil.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { "multipart/form-data; boundary=abc", "--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF- no closing boundary" },
        { "multipart/form-data; boundary=abc", "not multipart at all" },
        { "multipart/form-data", "--abc\r\n\r\n--abc--" },
        { "multipart/form-data; boundary=\"" + new string('b', 100) + "\"", "--x--" },
        { "application/x-www-form-urlencoded", "file=%ZZ&&&==" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task EvidenceUpload_Malformed_Is400(string contentType, string body)
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Coordinator);
        using var posted = await client.SendJsonAsync(HttpMethod.Post, $"/api/commitments/{seed.Overdue}/updates", new { text = "Filed." }, "\"1\"");
        int update = (await posted.ReadAsync()).Id();
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await client.PostAsync($"/api/updates/{update}/evidence", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await using var check = host.Db();
        Assert.Empty(await check.Evidence.ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task ImportPage_MalformedUpload_IsRefusedWithAPage_Not500(string contentType, string body)
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        using var browser = await new PageClient(host).SignInAsync(Role.Coordinator);
        var page = await browser.PageAsync("/import");
        string token = page.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        content.Headers.TryAddWithoutValidation("RequestVerificationToken", token);

        var answer = await browser.PostAsync("/import?handler=Preview", content);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.NotNull(answer.Document.QuerySelector("main h1"));
    }

    [Theory]
    [InlineData("../../../etc")]
    [InlineData("..%2F..%2Fetc")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("0123456789abcdef0123456789abcdef/../../x")]
    [InlineData("%00")]
    public async Task PendingUploadIds_MadeUp_AreGone_AndTouchNothing(string id)
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        using var browser = await new PageClient(host).SignInAsync(Role.Coordinator);
        var page = await browser.PageAsync("/import");
        var token = new KeyValuePair<string, string>("__RequestVerificationToken",
            page.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!);

        var preview = await browser.GetAsync("/import?pending=" + id);
        var updates = await browser.GetAsync("/import?updates=" + id);
        var save = await browser.PostAsync("/import?handler=Save&id=" + id, [token]);
        var apply = await browser.PostAsync("/import?handler=UpdatesApply&id=" + id, [token]);
        var cancel = await browser.PostAsync("/import?handler=Cancel&id=" + id, [token]);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
            (preview.Status, updates.Status, save.Status, apply.Status));
        Assert.Equal(HttpStatusCode.Redirect, cancel.Status);
    }
}

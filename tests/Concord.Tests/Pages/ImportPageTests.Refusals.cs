using System.Net;
using System.Text;
using Concord.Data.Accounts;
using Concord.Tests.Api;
using Microsoft.EntityFrameworkCore;
using static Concord.Tests.Pages.ImportUploads;

namespace Concord.Tests.Pages;

/// <summary>Files the import must refuse: each gets a clear message in the page's language and changes nothing.</summary>
public sealed partial class ImportPageTests
{
    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "empty", "en", "tuyen-bo.txt is empty." },
        { "empty", "vi", "Tệp tuyen-bo.txt trống." },
        { "image", "en", "photo.png is not a file Concord reads: send text, HTML, PDF or DOCX." },
        { "image", "vi", "photo.png không phải là tệp Concord đọc được" },
        { "large", "en", "large.txt is larger than the 64 KB limit." },
        { "large", "vi", "Tệp large.txt vượt quá giới hạn 64 KB." },
        { "docx", "en", "broken.docx could not be read: the file is damaged" },
        { "docx", "vi", "Không đọc được broken.docx: tệp bị hỏng" },
        { "pdf", "en", "broken.pdf could not be read: the file is damaged" },
        { "bomb", "en", "bomb.docx could not be read: the file is damaged or unpacks to more than a statement holds" },
        { "bomb", "vi", "Không đọc được bomb.docx" },
        { "none", "en", "Choose at least one statement file." },
        { "none", "vi", "Hãy chọn ít nhất một tệp tuyên bố." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Preview_BadFile_IsRefusedWithAMessageAndChangesNothing(string kind, string culture, string message)
    {
        await using var host = await ApiHost.StartAsync("sqlite", maxUpload: kind == "large" ? 64 * 1024 : Web.ServeSettings.DefaultMaxUploadBytes);
        using var client = await new PageClient(host).Culture(culture).SignInAsync(Role.Coordinator);
        var page = await client.PageAsync("/import");
        Upload[] files = kind switch
        {
            "empty" => [new("file0", "tuyen-bo.txt", [])],
            "image" => [new("file0", "photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3], "image/png")],
            "large" => [new("file0", "large.txt", Encoding.UTF8.GetBytes(new string('x', 70 * 1024)))],
            "docx" => [new("file0", "broken.docx", [.. "PK\u0003\u0004"u8, .. Encoding.ASCII.GetBytes(new string('z', 400))])],
            "pdf" => [new("file0", "broken.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\nthis is not a PDF body at all\n"), "application/pdf")],
            "bomb" => [new("file0", "bomb.docx", ZipBomb())],
            _ => [],
        };

        var refused = await SubmitAsync(client, page, "form#import-statements", files);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        var alert = refused.Document.QuerySelector("#import-errors")!.TextContent;
        Assert.Contains(message, alert, StringComparison.Ordinal);
        Assert.NotNull(refused.Document.QuerySelector("form#import-statements"));
        Assert.Equal(0, PendingCount(host));
        await using var db = host.Db();
        Assert.Equal(0, await db.Statements.CountAsync());
    }

    [Fact]
    public async Task Preview_OneGoodAndOneBadFile_KeepsNeither()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        using var client = await new PageClient(host).Culture("en").SignInAsync(Role.Coordinator);
        var page = await client.PageAsync("/import");

        var refused = await SubmitAsync(client, page, "form#import-statements", [English(), new("file1", "empty.txt", [])]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("empty.txt is empty.", refused.Document.QuerySelector("#import-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, PendingCount(host));
    }
}

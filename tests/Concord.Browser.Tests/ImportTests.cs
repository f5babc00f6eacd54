using System.IO.Compression;
using System.Xml.Linq;
using Concord.Browser.Tests.Pages;
using Concord.Text.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Concord.Browser.Tests;

/// <summary>A coordinator puts the real statement into an empty register through the import page, as a person would:
/// sign in, choose the two files, check what was read, save, read the versions side by side, download the report.</summary>
[Collection(ImportCollection.Name)]
public sealed class ImportTests(BrowserApp app)
{
    [Fact]
    public async Task Import_CorpusPair_ThroughThePage_ShowsBothVersionsAndTheReportDownloads()
    {
        var page = await app.NewPageAsync();
        var import = new ImportPage(page);
        var statement = new StatementPage(page);
        await page.GotoAsync(ImportPage.Path);
        await new SignInPage(page).SubmitAsync("coordinator", BrowserApp.Password);
        await Assertions.Expect(page).ToHaveURLAsync(app.BaseUrl + ImportPage.Path);

        await import.PreviewAsync(Corpus.Path(Corpus.StatementEn), Corpus.Path(Corpus.StatementVi));

        await Assertions.Expect(import.Preview).ToBeVisibleAsync();
        await Assertions.Expect(import.FileRows).ToHaveCountAsync(2);
        await Assertions.Expect(import.FileRows.Nth(0)).ToContainTextAsync("Tiếng Anh");
        await Assertions.Expect(import.FileRows.Nth(1)).ToContainTextAsync("Tiếng Việt");
        await Assertions.Expect(import.FileRows.Nth(1)).ToContainTextAsync("28/04/2025");
        await Assertions.Expect(import.Preview).ToContainTextAsync("Tuyên bố mới");
        await using (var db = app.Db())
            Assert.Equal(0, await db.Statements.CountAsync());
        await Screenshots.TakeAsync(page, "import-preview", fullPage: false);

        await import.SaveAsync();

        string key;
        await using (var db = app.Db())
            key = await db.Statements.Select(s => s.Key).SingleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(app.BaseUrl + "/statements/" + key);
        await Assertions.Expect(statement.Column("en")).ToBeVisibleAsync();
        await Assertions.Expect(statement.Column("vi")).ToBeVisibleAsync();
        await Assertions.Expect(statement.Cell("4.11", "en")).ToContainTextAsync("2026");
        await Assertions.Expect(statement.Cell("4.11", "vi")).ToContainTextAsync("2026");

        await page.GotoAsync("/report?statement=" + Uri.EscapeDataString(key));
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#downloads a", new() { HasText = "DOCX" }).ClickAsync());
        string file = Path.Combine(Path.GetTempPath(), "concord-report-" + Guid.NewGuid().ToString("N") + ".docx");
        try
        {
            await download.SaveAsAsync(file);
            string text = DocxText(file);
            await using var db = app.Db();
            string title = await db.Statements.Select(s => s.Title).SingleAsync();
            Assert.Contains(title, text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ImportPage_OnAPhone_FitsTheWidthWithItsFormsAndItsRefusal()
    {
        var page = await app.NewPageAsync("admin", width: 360, height: 780);
        var import = new ImportPage(page);
        await page.GotoAsync(ImportPage.Path);
        Assert.True(await new Layout(page).FitsTheWidthAsync(), "the import page is wider than a 360 px phone");

        await page.Locator("form#import-statements button[type=submit]").ClickAsync();

        await Assertions.Expect(import.Errors).ToContainTextAsync("Hãy chọn ít nhất một tệp tuyên bố.");
        Assert.True(await new Layout(page).FitsTheWidthAsync(), "the refused import is wider than a 360 px phone");
    }

    [Fact]
    public async Task Import_FileOverTheLimit_IsRefusedOnThePageWithTheLimit()
    {
        var page = await app.NewPageAsync("coordinator");
        var import = new ImportPage(page);
        await page.GotoAsync(ImportPage.Path);
        string folder = Directory.CreateTempSubdirectory("concord-import-").FullName;
        string large = Path.Combine(folder, "qua-lon.txt");
        await File.WriteAllBytesAsync(large, Enumerable.Repeat((byte)'x', 21 * 1024 * 1024).ToArray());

        try
        {
            await page.Locator("#file0").SetInputFilesAsync(large);
            await page.Locator("form#import-statements button[type=submit]").ClickAsync();

            await Assertions.Expect(import.Errors).ToContainTextAsync("Tệp qua-lon.txt vượt quá giới hạn 20 MB.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        await using var db = app.Db();
        Assert.Equal(0, await db.Statements.CountAsync(s => s.Key.StartsWith("qua")));
    }

    /// <summary>The text of a DOCX's body, its runs joined: what a reader of the report sees.</summary>
    static string DocxText(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var entry = zip.GetEntry("word/document.xml") ?? throw new Xunit.Sdk.XunitException("the download is not a DOCX: it has no word/document.xml");
        using var stream = entry.Open();
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        return string.Concat(XDocument.Load(stream).Descendants(w + "t").Select(t => t.Value));
    }
}

using System.Globalization;
using System.Net;
using System.Text;
using Concord.Data.Accounts;
using Concord.Data.Exchange;
using Concord.Data.Register;
using Concord.Data.Tests;
using Concord.Data.Tests.Exchange;
using Concord.Tests.Api;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using static Concord.Tests.Pages.ImportUploads;

namespace Concord.Tests.Pages;

/// <summary>The bulk update on the import page: an edited export previewed as a dry run, then applied.</summary>
public sealed partial class ImportPageTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Updates_EditedExport_PreviewChangesNothing_ThenApplyChangesTheStatus(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var sample = await ExchangeSample.ArrangeAsync(host.Store);
        var rows = await ExportAsync(host);
        int status = Array.IndexOf(rows[0], "Status"), id = Array.IndexOf(rows[0], "ID"), version = Array.IndexOf(rows[0], "Version");
        var first = rows.Single(r => r[id] == Invariant(sample.CommitmentIds[0]));
        var second = rows.Single(r => r[id] == Invariant(sample.CommitmentIds[1]));
        first[status] = "completed";
        second[version] = "999";
        using var en = await new PageClient(host).Culture("en").SignInAsync(Role.Coordinator);
        var page = await en.PageAsync("/import");

        var posted = await SubmitAsync(en, page, "form#import-updates", [new("updatesFile", "edited.csv", Csv(rows), "text/csv")]);
        var preview = await en.FollowAsync(posted);
        string before;
        await using (var db = host.Db())
            before = (await db.Commitments.SingleAsync(c => c.Id == sample.CommitmentIds[0])).Status.ToString();
        var applied = await en.SubmitAsync(preview, "form#apply-updates");

        Assert.Equal(nameof(CommitmentStatus.NotStarted), before);
        var counts = preview.Document.QuerySelector("#updates-counts")!.TextContent;
        Assert.Contains("Rows that change the register: 1", counts, StringComparison.Ordinal);
        Assert.Contains("Rows refused: 1", counts, StringComparison.Ordinal);
        Assert.Contains("changed in the register since the export: 1", counts, StringComparison.Ordinal);
        Assert.Contains("completed", preview.Document.QuerySelector("#updates-changes")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("changed since the export", preview.Document.QuerySelector("#updates-rejections")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, applied.Status);
        Assert.Contains("1 commitments changed", applied.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(applied.Document.QuerySelector("form#apply-updates"));
        Assert.Equal(0, PendingCount(host));
        await using var read = host.Db();
        Assert.Equal(CommitmentStatus.Completed, (await read.Commitments.SingleAsync(c => c.Id == sample.CommitmentIds[0])).Status);
        Assert.True(await read.Changes.AnyAsync(c => c.Entity == "Commitment" && c.Actor.StartsWith("coordinator-")));
    }

    [Theory]
    [InlineData("en", "photo.xlsx", "photo.xlsx was refused: photo.xlsx: not an XLSX workbook")]
    [InlineData("vi", "notes.docx", "Tệp notes.docx bị từ chối")]
    [InlineData("en", "empty.csv", "empty.csv is empty.")]
    public async Task Updates_FileThatIsNotAnExport_IsRefusedAndKeepsNothing(string culture, string name, string message)
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        using var client = await new PageClient(host).Culture(culture).SignInAsync(Role.Admin);
        var page = await client.PageAsync("/import");
        byte[] bytes = name.StartsWith("empty", StringComparison.Ordinal) ? [] : Encoding.UTF8.GetBytes("ảnh, không phải bảng tính");

        var refused = await SubmitAsync(client, page, "form#import-updates", [new("updatesFile", name, bytes, "application/octet-stream")]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains(message, refused.Document.QuerySelector("#import-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, PendingCount(host));
    }

    [Fact]
    public async Task Updates_ViSheetInVietnameseUi_PreviewsAndCancels()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        var sample = await ExchangeSample.ArrangeAsync(host.Store);
        var rows = await ExportAsync(host, "vi");
        int status = Array.IndexOf(rows[0], "Trạng thái"), id = Array.IndexOf(rows[0], "Mã");
        rows.Single(r => r[id] == Invariant(sample.CommitmentIds[0]))[status] = "đang thực hiện";
        rows.Single(r => r[id] == Invariant(sample.CommitmentIds[1]))[status] = "gần xong";
        using var vi = await new PageClient(host).SignInAsync(Role.Coordinator);
        var page = await vi.PageAsync("/import");

        var preview = await vi.FollowAsync(await SubmitAsync(vi, page, "form#import-updates", [new("updatesFile", "sua.csv", Csv(rows), "text/csv")]));
        var cancelled = await vi.SubmitAsync(preview, "form#cancel-updates");

        Assert.Equal("Cập nhật hàng loạt: xem trước", preview.Document.QuerySelector("#updates-preview h2")!.TextContent);
        Assert.Contains("Dòng làm thay đổi sổ đăng ký: 1", preview.Document.QuerySelector("#updates-counts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("“gần xong” không phải là trạng thái; hãy ghi một trong:", preview.Document.QuerySelector("#updates-rejections")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.Status);
        Assert.Equal(0, PendingCount(host));
        await using var db = host.Db();
        Assert.Equal(CommitmentStatus.NotStarted, (await db.Commitments.SingleAsync(c => c.Id == sample.CommitmentIds[0])).Status);
    }

    static async Task<List<string[]>> ExportAsync(ApiHost host, string language = "en")
    {
        await using var db = host.Db();
        var sheet = await RegisterSheet.LoadAsync(db, ExchangeSample.Key, null);
        using var buffer = new MemoryStream();
        CsvExport.Write(sheet!, language, buffer);
        using var csv = CsvReader.Create(new MemoryStream(buffer.ToArray()), new CsvReaderOptions { HasHeader = false, Separator = ',' }, leaveOpen: false);
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        return rows;
    }

    static byte[] Csv(IEnumerable<string[]> rows) => Encoding.UTF8.GetBytes(string.Join("\r\n",
        rows.Select(r => string.Join(",", r.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")))) + "\r\n");

    static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Register;
using Concord.Data.Tests;
using Concord.Features.Reports;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Concord.Tests.Api;

public sealed class ReportsApiTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Report_Json_GivesTheSectionsOfToday(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Viewer);

        var report = await client.GetJsonAsync($"/api/statements/{seed.Key}/report");

        Assert.Equal(("concord.report/1", "vi", "2026-06-15"), (report.Str("schema"), report.Str("language"), report.Str("asOf")));
        var pillars = report.GetProperty("pillars").EnumerateArray().ToList();
        Assert.Equal(["1", "2"], pillars.Select(p => p.Str("pillar")));
        var late = Assert.Single(pillars[0].GetProperty("late").EnumerateArray());
        Assert.Equal((seed.Overdue, "not-started", "overdue", 15), (late.Id(), late.Str("status"), late.Str("deadline"), late.GetProperty("daysOverdue").GetInt32()));
        Assert.Equal(["Bộ Cảng biển"], late.GetProperty("lead").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(seed.Completed, Assert.Single(pillars[1].GetProperty("done").EnumerateArray()).Id());
        Assert.Equal(3, report.GetProperty("summary").GetProperty("commitments").GetProperty("total").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Report_Docx_IsAWordFileNamedForTheStatementAndDay(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Viewer);

        using var response = await client.GetAsync($"/api/statements/{seed.Key}/report?format=docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReportsApi.DocxType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{seed.Key}-bao-cao-2026-06-15.docx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Equal("Báo cáo tình hình thực hiện", body.Elements<W.Paragraph>().First().InnerText);
        Assert.Contains(body.Descendants<W.TableCell>(), c => c.InnerText == "Bộ Cảng biển");
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Report_XlsxInEnglish_HasTheEnglishSheets(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Viewer);

        using var response = await client.GetAsync($"/api/statements/{seed.Key}/report?format=xlsx&lang=en");

        Assert.Equal(ReportsApi.XlsxType, response.Content.Headers.ContentType?.MediaType);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Equal(["Summary", "Commitments", "Targets and pace", "Mechanisms"],
            workbook.WorkbookPart!.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Report_AsOfAPastDay_GivesThatDaysStatuses(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, now: new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero));
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        host.Clock.Now = ApiHost.DefaultNow;
        await using (var db = host.Db())
        {
            var c = await db.Commitments.SingleAsync(x => x.Id == seed.Overdue);
            c.Status = CommitmentStatus.Completed;
            await db.SaveChangesAsync();
        }
        var client = await host.ClientAsync(Role.Viewer);

        var then = await client.GetJsonAsync($"/api/statements/{seed.Key}/report?asOf=2026-03-01&lang=en");
        var now = await client.GetJsonAsync($"/api/statements/{seed.Key}/report?lang=en");

        Assert.True(then.GetProperty("historical").GetBoolean());
        Assert.Equal("not-started", then.GetProperty("pillars")[0].GetProperty("notStarted")[0].Str("status"));
        Assert.Equal(seed.Overdue, now.GetProperty("pillars")[0].GetProperty("done")[0].Id());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Report_BadParameters_AreValidationProblemsNamingEachField(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Viewer);

        using var bad = await client.GetAsync($"/api/statements/{seed.Key}/report?lang=fr&format=pdf&asOf=2026-13-01");
        using var future = await client.GetAsync($"/api/statements/{seed.Key}/report?asOf=2026-06-16");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.ReadAsync()).GetProperty("errors");
        Assert.Equal(["asOf", "format", "lang"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("after today", (await future.ReadAsync()).GetProperty("errors").GetProperty("asOf")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Report_UnknownStatementOrADayBeforeIt_IsNotFound(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var client = await host.ClientAsync(Role.Viewer);

        using var unknown = await client.GetAsync("/api/statements/nothing-here/report");
        using var before = await client.GetAsync($"/api/statements/{seed.Key}/report?asOf=2026-06-01");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unknown.StatusCode, before.StatusCode));
        Assert.Contains("added later", (await before.ReadAsync()).Str("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Report_IsReadLikeTheStatement_AnonymousOnlyWhenPublic(string provider)
    {
        await using var closed = await ApiHost.StartAsync(provider);
        await using var open = await ApiHost.StartAsync(provider, isPublic: true);
        Seed seed;
        await using (var db = closed.Db()) seed = await Seed.WriteAsync(db);
        await using (var db = open.Db()) await Seed.WriteAsync(db);

        using var refused = await closed.Anonymous().GetAsync($"/api/statements/{seed.Key}/report?format=docx");
        using var agencyEditor = await (await closed.ClientAsync(Role.AgencyEditor, seed.AgencyN)).GetAsync($"/api/statements/{seed.Key}/report");
        using var anonymous = await open.Anonymous().GetAsync($"/api/statements/{seed.Key}/report?format=xlsx");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, agencyEditor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
    }
}

using System.Globalization;
using Concord.Data.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Concord.Data.Tests.Reports;

public sealed class ReportDocumentTests
{
    static async Task<ImplementationReport> ReportAsync(string provider, string language)
    {
        var clock = new MovingClock();
        await using var register = await TestRegister.CreateAsync(provider, clock);
        await ReportSample.ArrangeAsync(register.Store, clock);
        await using (var db = register.Store.Open())
        {
            // Typed as someone might: a leading '=' must reach a spreadsheet as text.
            var c = db.Commitments.Single(x => x.Text == "thành lập quỹ đầu tư hạ tầng chung");
            c.Text = "=HYPERLINK(\"http://example.invalid\") quỹ đầu tư";
            c.Origin = "edited";
            await db.SaveChangesAsync();
        }
        await using var read = register.Store.Open();
        return (await ImplementationReports.BuildAsync(read, ReportSample.Key, language))!;
    }

    static (string Style, string Text)[] Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "", p.InnerText))];
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Docx_Vietnamese_HasWordHeadingsPerPillarAndSectionAndIsValid(string provider)
    {
        var report = await ReportAsync(provider, "vi");
        using var stream = new MemoryStream();
        ReportDocx.Write(report, stream);

        var paragraphs = Paragraphs(stream.ToArray());
        Assert.Equal(("Title", "Báo cáo tình hình thực hiện"), paragraphs[0]);
        Assert.Equal(["Tóm tắt", "Điểm 1. Hợp tác kinh tế và kết nối hạ tầng", "Điểm 2. Hai bên nhất trí mở rộng giao lưu nhân dân và du lịch giữa hai nước trong thời gian tới.", "Cơ chế hợp tác"],
            paragraphs.Where(p => p.Style == "Heading1").Select(p => p.Text));
        Assert.Equal(["Đã hoàn thành", "Chậm tiến độ và lý do", "Đang thực hiện", "Chưa bắt đầu", "Hủy bỏ hoặc được thay thế", "Mục tiêu và tiến độ"],
            paragraphs.Where(p => p.Style == "Heading2").Select(p => p.Text));
        Assert.Contains(paragraphs, p => p.Text == "Số liệu tính đến ngày: 15/06/2026");

        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToList();
        var heading = styles.Single(s => s.StyleId == "Heading1");
        Assert.Equal(("heading 1", 0), (heading.StyleName!.Val!.Value, heading.StyleParagraphProperties!.OutlineLevel!.Val!.Value));
        var errors = new OpenXmlValidator().Validate(document).Select(e => e.Path?.XPath + ": " + e.Description).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Distinct()));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Docx_Tables_KeepVietnameseSentencesAndWriteNumbersTheVietnameseWay(string provider)
    {
        var report = await ReportAsync(provider, "vi");
        using var stream = new MemoryStream();
        ReportDocx.Write(report, stream);
        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);

        var cells = document.MainDocumentPart!.Document!.Body!.Descendants<W.TableCell>().Select(c => c.InnerText).ToList();
        Assert.Contains("15/04/2026: " + ReportSample.OverdueReason, cells);
        Assert.Contains("Chưa có báo cáo cập nhật", cells);
        Assert.Contains("≥ 2.000.000 lượt khách mỗi năm", cells);
        Assert.Contains("1.250.000 (31/12/2025)", cells);
        Assert.Contains("Quá hạn: 76", cells);
        Assert.Contains("Quá định kỳ", cells);
        var summary = document.MainDocumentPart.Document.Body.Elements<W.Table>().First();
        var total = summary.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal(["Cam kết: tổng số", "6"], total[1]);
        Assert.NotNull(summary.Elements<W.TableRow>().First().TableRowProperties?.GetFirstChild<W.TableHeader>());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Docx_English_WritesEnglishHeadingsAndDates(string provider)
    {
        var report = await ReportAsync(provider, "en");
        using var stream = new MemoryStream();
        ReportDocx.Write(report, stream);

        var paragraphs = Paragraphs(stream.ToArray());
        Assert.Equal(("Title", "Implementation report"), paragraphs[0]);
        Assert.Contains(("Heading1", "Point 1. Economic cooperation and infrastructure"), paragraphs);
        Assert.Contains(("Heading2", "Late, and why"), paragraphs);
        Assert.Contains(paragraphs, p => p.Text == "As of: 15 June 2026");
    }

    static (List<string> Names, Dictionary<string, WorksheetPart> Parts) Sheets(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook!.Sheets!.Elements<Sheet>().ToList();
        return ([.. sheets.Select(s => s.Name!.Value!)],
            sheets.ToDictionary(s => s.Name!.Value!, s => (WorksheetPart)workbook.GetPartById(s.Id!.Value!)));
    }

    static List<Cell[]> Rows(WorksheetPart part) =>
        [.. part.Worksheet!.GetFirstChild<SheetData>()!.Elements<Row>().Select(r => r.Elements<Cell>().ToArray())];

    static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Xlsx_HasASheetPerPartWithFrozenHeadersTypedNumbersAndGuardedText(string provider)
    {
        var report = await ReportAsync(provider, "vi");
        using var stream = new MemoryStream();
        ReportXlsx.Write(report, stream);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        var (names, parts) = Sheets(document);
        Assert.Equal(["Tóm tắt", "Cam kết", "Mục tiêu và tiến độ", "Cơ chế hợp tác"], names);
        foreach (var part in parts.Values)
            Assert.Equal(PaneStateValues.Frozen, part.Worksheet!.Descendants<Pane>().Single().State!.Value);
        Assert.Equal(4d, parts["Tóm tắt"].Worksheet!.Descendants<Pane>().Single().VerticalSplit!.Value);

        var summary = Rows(parts["Tóm tắt"]);
        Assert.Equal("Báo cáo tình hình thực hiện: " + report.Statement.Title, Text(summary[0][0]));
        Assert.Equal(["Tổng số", "6", "1", "2", "1", "1", "1", "1", "1"], summary[^1].Select(Text));

        var commitments = Rows(parts["Cam kết"]);
        Assert.Equal("Nội dung cam kết", Text(commitments[0][3]));
        var guarded = commitments.Single(r => Text(r[3]).Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.StartsWith("'=", Text(guarded[3]), StringComparison.Ordinal);
        Assert.Null(guarded[3].CellFormula);
        var late = commitments.Single(r => Text(r[3]) == "ký kết hiệp định thương mại song phương");
        Assert.Equal(ReportSample.OverdueReason, Text(late[^1]));
        Assert.Equal("76", Text(late[7]));
        Assert.Null(late[7].DataType);

        var target = Rows(parts["Mục tiêu và tiến độ"])[1];
        Assert.Equal(("2000000", "1250000"), (Text(target[3]), Text(target[5])));
        Assert.Equal(new DateTime(2025, 12, 31).ToOADate().ToString(CultureInfo.InvariantCulture), Text(target[6]));
        Assert.Equal("Chậm so với yêu cầu", Text(target[^1]));
        Assert.Equal(3, Rows(parts["Cơ chế hợp tác"]).Count);
    }
}

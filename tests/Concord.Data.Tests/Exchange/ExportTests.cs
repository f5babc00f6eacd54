using System.Globalization;
using System.Text;
using System.Text.Json;
using Concord.Data.Exchange;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Concord.Data.Tests.Exchange;

public sealed class ExportTests
{
    static async Task<(byte[] Bytes, ExchangeSample Sample)> ExportAsync(TestRegister register, string format, string language = "vi", bool byAgency = false)
    {
        var sample = await ExchangeSample.ArrangeAsync(register.Store);
        return (await ExportAgainAsync(register, format, language, byAgency ? sample.MofaJp : null), sample);
    }

    internal static async Task<byte[]> ExportAgainAsync(TestRegister register, string format, string language = "vi", int? agency = null)
    {
        await using var db = register.Store.Open();
        var sheet = await RegisterSheet.LoadAsync(db, ExchangeSample.Key, agency);
        Assert.NotNull(sheet);
        using var stream = new MemoryStream();
        switch (format)
        {
            case "csv": CsvExport.Write(sheet, language, stream); break;
            case "xlsx": XlsxExport.Write(sheet, language, stream); break;
            case "json": await JsonExport.WriteAsync(db, sheet, stream); break;
            default: await IcsExport.WriteAsync(db, sheet, language, stream); break;
        }
        return stream.ToArray();
    }

    internal static List<string[]> ReadCsv(byte[] bytes)
    {
        using var csv = CsvReader.Create(new MemoryStream(bytes), new CsvReaderOptions { HasHeader = false, Separator = ',' }, leaveOpen: false);
        var rows = new List<string[]>();
        while (csv.Read())
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        return rows;
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Csv_ReadBack_HasAVietnameseHeaderAndOneRowPerCommitmentWithTheTextIntact(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var (bytes, sample) = await ExportAsync(register, "csv");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = ReadCsv(bytes);
        var header = rows[0].ToList();
        Assert.Equal(["Mã", "Phiên bản", "Mục"], header[..3]);
        Assert.Contains("Văn bản (vi)", header);
        Assert.Contains("Văn bản (en)", header);
        Assert.Equal(4, rows.Count);
        var first = rows[1];
        Assert.Equal(sample.CommitmentIds[0].ToString(CultureInfo.InvariantCulture), first[0]);
        Assert.Equal("đào tạo 20.000 kỹ sư bán dẫn đến năm 2030", first[header.IndexOf("Cam kết")]);
        Assert.Equal("train 20,000 semiconductor engineers by 2030", first[header.IndexOf("Văn bản (en)")]);
        Assert.Equal("Việt Nam: chưa bắt đầu; Nhật Bản: chưa bắt đầu", first[header.IndexOf("Trạng thái từng bên")]);
        Assert.Equal("Bộ Kế hoạch và Đầu tư", first[header.IndexOf("Cơ quan chủ trì")]);
        Assert.Equal("Bộ Ngoại giao", first[header.IndexOf("Cơ quan phối hợp")]);
        Assert.Equal("2030-12-31", first[header.IndexOf("Thời hạn đến")]);
        Assert.Equal("2026-06-01", first[header.IndexOf("Cập nhật gần nhất")]);
        Assert.StartsWith("≥ 20000 kỹ sư", first[header.IndexOf("Chỉ tiêu")], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_InEnglish_HasEnglishHeadersAndStatuses()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        var (bytes, _) = await ExportAsync(register, "csv", "en");

        var rows = ReadCsv(bytes);
        var header = rows[0].ToList();
        Assert.Equal(["ID", "Version", "Item", "Pillar", "Commitment"], header[..5]);
        Assert.Equal("not started", rows[1][header.IndexOf("Status")]);
        Assert.Equal("Ministry of Planning and Investment", rows[1][header.IndexOf("Lead agencies")]);
    }

    [Fact]
    public async Task Csv_CellStartingWithAnEqualsSign_IsPrefixedSoThatItStaysText()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        var (bytes, _) = await ExportAsync(register, "csv");

        var rows = ReadCsv(bytes);
        int text = rows[0].ToList().IndexOf("Cam kết");
        var cell = rows[3][text];
        Assert.Equal("'=HYPERLINK(\"http://example.invalid\";\"xem\") rà soát định kỳ", cell);
        Assert.DoesNotContain(rows.Skip(1).SelectMany(r => r), c => c.Length > 0 && "=+-@\t\r".Contains(c[0], StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Xlsx_ReadBackWithOpenXml_HasAFrozenBoldHeaderDatesAsDatesAndGuardedText(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var (bytes, _) = await ExportAsync(register, "xlsx");

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheet = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single().Id!);
        var pane = sheet.Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        Assert.True(sheet.Worksheet.Descendants<Column>().All(c => c.Width! > 0));

        var rows = sheet.Worksheet.Descendants<Row>().ToList();
        Assert.Equal(4, rows.Count);
        var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal("Mã", header[0]);
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ToList();
        Assert.NotNull(fonts[(int)formats[(int)rows[0].Elements<Cell>().First().StyleIndex!.Value].FontId!.Value].Bold);

        var due = rows[1].Elements<Cell>().ElementAt(header.IndexOf("Thời hạn đến"));
        Assert.Null(due.DataType);
        Assert.Equal(new DateTime(2030, 12, 31), DateTime.FromOADate(double.Parse(due.CellValue!.Text, CultureInfo.InvariantCulture)));
        var numberFormat = formats[(int)due.StyleIndex!.Value].NumberFormatId!.Value;
        var code = workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId! == numberFormat).FormatCode!.Value;
        Assert.Equal("yyyy-mm-dd", code);

        var text = rows[1].Elements<Cell>().Single(c => c.CellReference == XlsxExport.Reference(header.IndexOf("Cam kết"), 2));
        Assert.Equal("đào tạo 20.000 kỹ sư bán dẫn đến năm 2030", text.InnerText);
        var formula = rows[3].Elements<Cell>().Single(c => c.CellReference == XlsxExport.Reference(header.IndexOf("Cam kết"), 4));
        Assert.StartsWith("'=HYPERLINK", formula.InnerText, StringComparison.Ordinal);
        Assert.Null(formula.CellFormula);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Json_HoldsTheStatementItemsAndCommitmentsWithEverythingAttached(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var (bytes, sample) = await ExportAsync(register, "json");

        using var json = JsonDocument.Parse(bytes);
        var root = json.RootElement;
        Assert.Equal("concord.register/1", root.GetProperty("schema").GetString());
        Assert.Equal(ExchangeSample.Key, root.GetProperty("statement").GetProperty("key").GetString());
        Assert.Equal(["vi", "en"], root.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("language").GetString()));
        Assert.Equal("The two sides agreed to train 20,000 semiconductor engineers by 2030.",
            root.GetProperty("items")[0].GetProperty("texts").GetProperty("en").GetProperty("text").GetString());
        var c1 = root.GetProperty("commitments").EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == sample.CommitmentIds[0]);
        Assert.Equal("not-started", c1.GetProperty("status").GetString());
        Assert.Equal("2030-12-31", c1.GetProperty("deadline").GetProperty("end").GetString());
        var target = c1.GetProperty("targets")[0];
        Assert.Equal(20000m, target.GetProperty("value").GetDecimal());
        Assert.Equal(3500.5m, target.GetProperty("measurements")[0].GetProperty("value").GetDecimal());
        var update = c1.GetProperty("updates")[0];
        Assert.Equal("Đã khai giảng khóa đào tạo đầu tiên tại Hà Nội.", update.GetProperty("text").GetString());
        Assert.Equal("OfficialAct", update.GetProperty("evidence")[0].GetProperty("kind").GetString());
        Assert.Equal("MPI", c1.GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("role").GetString() == "lead")
            .GetProperty("agency").GetProperty("acronym").GetString());
        Assert.Equal(12, root.GetProperty("mechanisms")[0].GetProperty("cadenceMonths").GetInt32());
        Assert.Equal("Lễ hội Văn hóa Đà Nẵng", root.GetProperty("initiatives")[0].GetProperty("name").GetString());
        Assert.Contains("Đà Nẵng", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_ForOneAgency_HoldsOnlyTheCommitmentsItIsAssigned()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        var (bytes, sample) = await ExportAsync(register, "csv", byAgency: true);

        var rows = ReadCsv(bytes);
        Assert.Equal([sample.CommitmentIds[1].ToString(CultureInfo.InvariantCulture)], rows.Skip(1).Select(r => r[0]));
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using Concord.Data.Register;
using Concord.Data.Tests;
using Concord.Data.Tests.Exchange;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Commands;

public sealed class ExchangeCommandTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("concord-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static string Db(TestRegister register) => register.Store.FilePath ?? register.Store.ConnectionString;

    string File(string name) => Path.Combine(folder, name);

    static List<string[]> ReadCsv(byte[] bytes)
    {
        using var csv = CsvReader.Create(new MemoryStream(bytes), new CsvReaderOptions { HasHeader = false, Separator = ',' }, leaveOpen: false);
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        return rows;
    }

    [Fact]
    public async Task Export_CsvToAFile_WritesAnExcelReadableSheetWithVietnameseHeaders()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        await ExchangeSample.ArrangeAsync(register.Store);

        var run = CliRun.Of("export", ExchangeSample.Key, "--format", "csv", "-o", File("out.csv"), "--db", Db(register));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"register: {register.Store.Display}", run.Error, StringComparison.Ordinal);
        var bytes = await System.IO.File.ReadAllBytesAsync(File("out.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = ReadCsv(bytes);
        Assert.Equal("Trạng thái", rows[0][rows[0].ToList().IndexOf("Trạng thái")]);
        Assert.Equal(4, rows.Count);
        Assert.Contains(rows, r => r.Contains("tổ chức Đối thoại Đối tác lần thứ nhất tại Đà Nẵng"));
    }

    [Fact]
    public async Task Export_JsonToStandardOutput_IsARegisterDocument()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        await ExchangeSample.ArrangeAsync(register.Store);

        var run = CliRun.Of("export", ExchangeSample.Key, "--format", "json", "--db", Db(register));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("concord.register/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("commitments").GetArrayLength());
    }

    [Fact]
    public async Task Export_IcsForOneAgencyByAcronym_ParsesAndHoldsItsDeadlineOnly()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        var sample = await ExchangeSample.ArrangeAsync(register.Store);

        var run = CliRun.Of("export", ExchangeSample.Key, "--format", "ics", "--agency", "MOFA", "--lang", "en", "--db", Db(register));

        Assert.Equal(0, run.ExitCode);
        var calendar = Ical.Net.Calendar.Load(run.Output)!;
        var e = Assert.Single(calendar.Events);
        Assert.Equal(new DateOnly(2026, 9, 30), e.DtStart!.Date);
        Assert.StartsWith($"commitment-{sample.CommitmentIds[1]}.", e.Uid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_XlsxFormatFromTheFileName_WritesAWorkbook()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        await ExchangeSample.ArrangeAsync(register.Store);

        var run = CliRun.Of("export", ExchangeSample.Key, "-o", File("sheet.xlsx"), "--lang", "en", "--db", Db(register));

        Assert.Equal(0, run.ExitCode);
        using var document = SpreadsheetDocument.Open(File("sheet.xlsx"), false);
        Assert.Equal("Commitments", document.WorkbookPart!.Workbook.Sheets!.FirstChild!.GetAttribute("name", "").Value);
    }

    [Fact]
    public async Task Export_UnknownStatement_FailsWithOneLine()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");

        var run = CliRun.Of("export", "no-such-statement", "--db", Db(register));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("there is no statement 'no-such-statement'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_EditedExport_ChangesTheStatusAndDryRunBeforeItChangesNothing()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        var sample = await ExchangeSample.ArrangeAsync(register.Store);
        Assert.Equal(0, CliRun.Of("export", ExchangeSample.Key, "-o", File("s.csv"), "--lang", "en", "--db", Db(register)).ExitCode);
        var rows = ReadCsv(await System.IO.File.ReadAllBytesAsync(File("s.csv")));
        rows[1][rows[0].ToList().IndexOf("Status")] = "completed";
        await using (var csv = CsvWriter.ToFile(File("edited.csv"), new CsvWriterOptions { WriteByteOrderMark = true }, FileOptions.None))
            foreach (var row in rows) csv.WriteRecord(row);

        var dry = CliRun.Of("import", File("edited.csv"), "--dry-run", "--db", Db(register));
        await using (var db = register.Store.Open())
            Assert.Equal(CommitmentStatus.NotStarted, (await db.Commitments.SingleAsync(c => c.Id == sample.CommitmentIds[0])).Status);
        var run = CliRun.Of("import", File("edited.csv"), "--json", "--actor", "mai.tran", "--db", Db(register));

        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("would change 1 values of 1 commitments", dry.Output, StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.True(json.RootElement.GetProperty("applied").GetBoolean());
        Assert.Equal("completed", json.RootElement.GetProperty("changes")[0].GetProperty("after").GetString());
        await using var read = register.Store.Open();
        Assert.Equal(CommitmentStatus.Completed, (await read.Commitments.SingleAsync(c => c.Id == sample.CommitmentIds[0])).Status);
        Assert.True(await read.Changes.AnyAsync(c => c.Actor == "mai.tran" && c.Entity == "Commitment"));

        var again = CliRun.Of("import", File("edited.csv"), "--db", Db(register));
        Assert.Contains("commitment " + sample.CommitmentIds[0].ToString(CultureInfo.InvariantCulture) + " changed since the export", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FileThatIsNotASheet_IsRefusedWithExitCodeOne()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        await System.IO.File.WriteAllBytesAsync(File("photo.xlsx"), [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0]);

        var run = CliRun.Of("import", File("photo.xlsx"), "--db", Db(register));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not an XLSX workbook", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task BackupThenRestore_FromSqlite_GivesARegisterThatExportsTheSame(string target)
    {
        await using var source = await TestRegister.CreateAsync("sqlite");
        await ExchangeSample.ArrangeAsync(source.Store);
        await using var restored = await TestRegister.CreateAsync(target);

        var backup = CliRun.Of("backup", File("register.zip"), "--db", Db(source));
        var restore = CliRun.Of("restore", File("register.zip"), "--db", Db(restored));

        Assert.Equal(0, backup.ExitCode);
        Assert.Contains("3 Commitment", backup.Output, StringComparison.Ordinal);
        Assert.Equal(0, restore.ExitCode);
        Assert.Contains("taken from sqlite", restore.Output, StringComparison.Ordinal);
        var before = CliRun.Of("export", ExchangeSample.Key, "--format", "csv", "--db", Db(source));
        var after = CliRun.Of("export", ExchangeSample.Key, "--format", "csv", "--db", Db(restored));
        Assert.Equal(before.Output, after.Output);
        Assert.Equal(1, CliRun.Of("restore", File("register.zip"), "--db", Db(restored)).ExitCode);
        Assert.Equal(1, CliRun.Of("backup", File("register.zip"), "--db", Db(source)).ExitCode);
    }

    [Fact]
    public void Restore_OfAFileThatIsNoZip_IsRefused()
    {
        System.IO.File.WriteAllText(File("notes.zip"), "plain text", Encoding.UTF8);

        var run = CliRun.Of("restore", File("notes.zip"), "--db", File("new.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not a zip archive", run.Error, StringComparison.Ordinal);
    }
}

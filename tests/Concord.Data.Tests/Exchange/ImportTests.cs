using System.Globalization;
using System.IO.Compression;
using System.Text;
using Concord.Data.Exchange;
using Concord.Data.Register;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Tests.Exchange;

public sealed class ImportTests
{
    /// <summary>Exports the sample as CSV, lets <paramref name="edit"/> change cells by header, and writes it back as
    /// a person's spreadsheet would.</summary>
    static async Task<byte[]> EditedCsvAsync(TestRegister register, Action<List<string>, List<string[]>> edit, string language = "vi")
    {
        var rows = ExportTests.ReadCsv(await ExportTests.ExportAgainAsync(register, "csv", language));
        edit([.. rows[0]], rows.Skip(1).ToList());
        using var stream = new MemoryStream();
        await using (var csv = CsvWriter.Create(stream, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true))
            foreach (var row in rows)
            {
                foreach (var cell in row) csv.WriteField(cell);
                csv.EndRecord();
            }
        return stream.ToArray();
    }

    static async Task<ImportReport> ImportAsync(TestRegister register, byte[] bytes, string name = "edited.csv", bool dryRun = false)
    {
        var read = ImportFile.Read(new MemoryStream(bytes), name);
        Assert.Null(read.Refusal);
        await using var db = register.Store.Open();
        return await RegisterImport.ApplyAsync(db, read.Table!, "lan.nguyen", dryRun);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Import_EditedCsv_ChangesStatusesAndAgenciesInOneSaveRecordedUnderTheActor(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var sample = await ExchangeSample.ArrangeAsync(register.Store);
        var bytes = await EditedCsvAsync(register, (h, rows) =>
        {
            rows[0][h.IndexOf("Trạng thái")] = "Đang thực hiện";
            rows[0][h.IndexOf("Trạng thái từng bên")] = "Việt Nam: đang thực hiện; Nhật Bản: hoàn thành";
            rows[1][h.IndexOf("Cơ quan chủ trì")] = "BNG; #" + sample.MofaJp.ToString(CultureInfo.InvariantCulture);
            rows[1][h.IndexOf("Cơ quan phối hợp")] = "Ministry of Planning and Investment";
        });

        var report = await ImportAsync(register, bytes);

        Assert.True(report.Applied);
        Assert.Empty(report.Rejections);
        Assert.Equal(2, report.CommitmentsChanged);
        Assert.Contains(report.Changes, c => c is { Row: 2, Column: "Trạng thái", Before: "chưa bắt đầu", After: "đang thực hiện" });
        await using var db = register.Store.Open();
        var c1 = await db.Commitments.Include(c => c.Parties).SingleAsync(c => c.Id == sample.CommitmentIds[0]);
        Assert.Equal(CommitmentStatus.InProgress, c1.Status);
        Assert.Equal(CommitmentStatus.Completed, c1.Parties.Single(p => p.Party == "Nhật Bản").Status);
        var c2 = await db.CommitmentAgencies.Where(a => a.CommitmentId == sample.CommitmentIds[1]).ToListAsync();
        Assert.Equal([(sample.MofaVn, "lead"), (sample.MofaJp, "lead"), (sample.Mpi, "support")],
            c2.Select(a => (a.AgencyId, a.Role)).OrderBy(a => a.Item2).ThenBy(a => a.AgencyId));
        Assert.Equal("Việt Nam", c2.Single(a => a.AgencyId == sample.Mpi).Party);
        var changes = await db.Changes.Where(c => c.Actor == "lan.nguyen").ToListAsync();
        Assert.Contains(changes, c => c.Entity == "Commitment" && c.EntityId == sample.CommitmentIds[0].ToString(CultureInfo.InvariantCulture));
        Assert.Contains(changes, c => c.Entity == "CommitmentAgency" && c.Operation == "added");
        Assert.Single(changes.Select(c => c.At).Distinct());
        Assert.Equal(2, c1.Version);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Import_RowWhoseCommitmentChangedSinceTheExport_IsRejectedAndTheOtherRowsApplied(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var sample = await ExchangeSample.ArrangeAsync(register.Store);
        var bytes = await EditedCsvAsync(register, (h, rows) =>
        {
            rows[0][h.IndexOf("Trạng thái")] = "hoàn thành";
            rows[1][h.IndexOf("Trạng thái")] = "đình trệ";
        });
        await using (var db = register.Store.Open())
        {
            var c = await db.Commitments.SingleAsync(c => c.Id == sample.CommitmentIds[0]);
            c.Status = CommitmentStatus.Stalled;
            await db.SaveChangesAsync();
        }

        var report = await ImportAsync(register, bytes);

        var rejected = Assert.Single(report.Rejections);
        Assert.Equal((2, sample.CommitmentIds[0], "Phiên bản"), (rejected.Row, rejected.Commitment!.Value, rejected.Column));
        Assert.Contains("changed since the export", rejected.Reason, StringComparison.Ordinal);
        await using var read = register.Store.Open();
        Assert.Equal(CommitmentStatus.Stalled, (await read.Commitments.SingleAsync(c => c.Id == sample.CommitmentIds[0])).Status);
        Assert.Equal(CommitmentStatus.Stalled, (await read.Commitments.SingleAsync(c => c.Id == sample.CommitmentIds[1])).Status);
    }

    [Fact]
    public async Task Import_DryRun_ReportsTheChangesAndWritesNothing()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        var sample = await ExchangeSample.ArrangeAsync(register.Store);
        var bytes = await EditedCsvAsync(register, (h, rows) => rows[2][h.IndexOf("Trạng thái")] = "dropped");
        long before;
        await using (var db = register.Store.Open()) before = await db.Changes.CountAsync();

        var report = await ImportAsync(register, bytes, dryRun: true);

        Assert.False(report.Applied);
        Assert.Single(report.Changes);
        await using var read = register.Store.Open();
        Assert.Equal(before, await read.Changes.CountAsync());
        Assert.Equal(CommitmentStatus.NotStarted, (await read.Commitments.SingleAsync(c => c.Id == sample.CommitmentIds[2])).Status);
    }

    [Fact]
    public async Task Import_UnknownStatusAndAgency_RejectTheRowWithItsColumnAndReason()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        var sample = await ExchangeSample.ArrangeAsync(register.Store);
        var bytes = await EditedCsvAsync(register, (h, rows) =>
        {
            rows[0][h.IndexOf("Status")] = "almost done";
            rows[0][h.IndexOf("Lead agencies")] = "Ministry of Planning and Investment; Bộ Không Tồn Tại";
        }, "en");

        var report = await ImportAsync(register, bytes);

        Assert.False(report.Applied);
        Assert.Equal(
            [(2, "Status", "'almost done' is not a status; write one of: not started, in progress, completed, stalled, dropped, superseded"),
             (2, "Lead agencies", "there is no agency named 'Bộ Không Tồn Tại' in the register (add it first, or write its id)")],
            report.Rejections.Select(r => (r.Row, r.Column, r.Reason)));
        await using var read = register.Store.Open();
        Assert.Equal(2, await read.CommitmentAgencies.CountAsync(a => a.CommitmentId == sample.CommitmentIds[0]));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Import_EditedXlsx_ChangesTheStatus(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var sample = await ExchangeSample.ArrangeAsync(register.Store);
        var bytes = XlsxEdit.SetCell(await ExportTests.ExportAgainAsync(register, "xlsx"), "Trạng thái", row: 3, "hoàn thành");

        var report = await ImportAsync(register, bytes, "edited.xlsx");

        Assert.True(report.Applied);
        Assert.Equal([(3, sample.CommitmentIds[1])], report.Changes.Select(c => (c.Row, c.Commitment)));
        await using var read = register.Store.Open();
        Assert.Equal(CommitmentStatus.Completed, (await read.Commitments.SingleAsync(c => c.Id == sample.CommitmentIds[1])).Status);
    }

    [Fact]
    public void Read_XlsxThatInflatesPastTheLimit_IsRefusedAsAZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) part.Write(zeros);
        }
        Assert.True(stream.Length < 2 * 1024 * 1024);

        var read = ImportFile.Read(new MemoryStream(stream.ToArray()), "bomb.xlsx");

        Assert.Null(read.Table);
        Assert.Contains("zip bomb", read.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes.pdf", "%PDF-1.7 ...", "import reads .csv and .xlsx files")]
    [InlineData("register.xlsx", "ID,Version\r\n1,1\r\n", "not an XLSX workbook")]
    [InlineData("register.csv", "\u0000\u0001\u0002binary", "binary file")]
    public void Read_FileThatIsNoSheet_IsRefusedWithTheReason(string name, string content, string reason)
    {
        var read = ImportFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), name);

        Assert.Null(read.Table);
        Assert.Contains(reason, read.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_CsvWithoutTheIdAndVersionColumns_IsRefused()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        var read = ImportFile.Read(new MemoryStream(Encoding.UTF8.GetBytes("Name;Status\r\nx;completed\r\n")), "other.csv");
        await using var db = register.Store.Open();

        var report = await RegisterImport.ApplyAsync(db, read.Table!, "lan.nguyen", dryRun: false);

        Assert.Contains("no 'ID' and 'Version' columns", report.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CsvWrittenInLatin1_IsRefusedAsNotUtf8()
    {
        byte[] latin1 = [(byte)'M', 0xE3, (byte)',', (byte)'I', (byte)'D', 0x0D, 0x0A];

        var read = ImportFile.Read(new MemoryStream(latin1), "old.csv");

        Assert.Contains("not UTF-8", read.Refusal, StringComparison.Ordinal);
    }
}

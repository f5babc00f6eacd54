using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Exchange;
using Concord.Data.Register;
using Concord.Data.Tests;
using Concord.Tests.Api;
using Concord.Tests.Commands;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Security;

/// <summary>Text that a spreadsheet would run as a formula (OWASP CSV injection: a cell starting with = + - @, a tab or a
/// carriage return) goes out of every CSV and XLSX export as text, with a leading apostrophe, and never as a formula.</summary>
public sealed class FormulaInjectionTests : IDisposable
{
    static readonly string[] Triggers = ["=1+2", "+1+2", "-1+2", "@SUM(A1:A9)", "\t=1+2", "\r=1+2", "=HYPERLINK(\"https://evil.example\",\"open\")"];
    readonly string folder = Directory.CreateTempSubdirectory("concord-formula-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("=x", "'=x")]
    [InlineData("+x", "'+x")]
    [InlineData("-x", "'-x")]
    [InlineData("@x", "'@x")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("x=1", "x=1")]
    [InlineData("'=x", "'=x")]
    [InlineData("", "")]
    public void CellGuard_PrefixesOnlyTheTriggers_AndImportTakesThePrefixOff(string text, string guarded)
    {
        Assert.Equal(guarded, CellGuard.Neutralise(text));
        if (text.Length > 0 && text[0] != '\'') Assert.Equal(text, CellGuard.Restore(CellGuard.Neutralise(text)));
    }

    [Fact]
    public async Task CsvAndXlsxExports_HoldEveryTriggerAsText()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        Seed seed;
        await using (var db = register.Store.Open())
        {
            seed = await Seed.WriteAsync(db);
            var first = await db.Commitments.SingleAsync(c => c.Id == seed.Overdue);
            for (int i = 0; i < Triggers.Length; i++)
            {
                var c = new Commitment { StatementId = first.StatementId, ItemId = first.ItemId, Ordinal = 10 + i, Text = Triggers[i], DeadlineText = Triggers[i] };
                c.Agencies.Add(new CommitmentAgency { AgencyId = seed.AgencyA, Party = Seed.PartyA, Role = "lead" });
                db.Commitments.Add(c);
            }
            (await db.Agencies.SingleAsync(a => a.Id == seed.AgencyA)).NameVi = "=cmd|' /C calc'!A0";
            await db.SaveChangesAsync();
        }
        string store = register.Store.FilePath ?? register.Store.ConnectionString;
        string csv = Path.Combine(folder, "out.csv"), xlsx = Path.Combine(folder, "out.xlsx");

        Assert.Equal(0, CliRun.Of("export", seed.Key, "--format", "csv", "-o", csv, "--db", store).ExitCode);
        Assert.Equal(0, CliRun.Of("export", seed.Key, "--format", "xlsx", "-o", xlsx, "--db", store).ExitCode);

        var csvCells = ReadCsv(await File.ReadAllBytesAsync(csv)).SelectMany(r => r).ToList();
        var xlsxCells = ReadXlsx(xlsx, out int formulas);
        foreach (string trigger in Triggers)
        {
            // A carriage return inside a cell may come back as a line break (CSV reader, XML): the apostrophe is what counts.
            Assert.Contains(csvCells, c => c.StartsWith('\'') && c.EndsWith(trigger.TrimStart('\t', '\r'), StringComparison.Ordinal) && c.Length > trigger.TrimStart('\t', '\r').Length);
            Assert.Contains(xlsxCells, c => c.StartsWith('\'') && c.EndsWith(trigger.TrimStart('\t', '\r'), StringComparison.Ordinal) && c.Length > trigger.TrimStart('\t', '\r').Length);
        }
        Assert.DoesNotContain(csvCells, c => c.Length > 0 && c[0] is '=' or '+' or '@' or '\t' or '\r');
        Assert.DoesNotContain(xlsxCells, c => c.Length > 0 && c[0] is '=' or '+' or '@' or '\t' or '\r');
        Assert.Equal(0, formulas);
    }

    [Fact]
    public async Task ReportXlsx_HoldsEveryTriggerAsText()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        Seed seed;
        await using (var db = host.Db())
        {
            seed = await Seed.WriteAsync(db);
            var commitments = await db.Commitments.ToListAsync();
            for (int i = 0; i < commitments.Count; i++) commitments[i].Text = Triggers[i];
            db.Updates.Add(new ProgressUpdate { CommitmentId = seed.Overdue, Author = "seed", Text = Triggers[3], Date = new DateOnly(2026, 6, 1) });
            await db.SaveChangesAsync();
        }
        var client = await host.ClientAsync(Role.Viewer);

        using var response = await client.GetAsync($"/api/statements/{seed.Key}/report?format=xlsx&lang=en");
        string file = Path.Combine(folder, "report.xlsx");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
        var cells = ReadXlsx(file, out int formulas);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(cells, c => c.StartsWith("'=1+2", StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.Length > 0 && c[0] is '=' or '+' or '@' or '\t' or '\r');
        Assert.Equal(0, formulas);
    }

    static List<string[]> ReadCsv(byte[] bytes)
    {
        using var csv = CsvReader.Create(new MemoryStream(bytes), new CsvReaderOptions { HasHeader = false, Separator = ',' }, leaveOpen: false);
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        return rows;
    }

    static List<string> ReadXlsx(string path, out int formulas)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var shared = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var cells = new List<string>();
        formulas = 0;
        foreach (var sheet in document.WorkbookPart.WorksheetParts)
            foreach (var cell in sheet.Worksheet.Descendants<Cell>())
            {
                if (cell.CellFormula is not null) formulas++;
                cells.Add(cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.InnerText, System.Globalization.CultureInfo.InvariantCulture)] : cell.InnerText);
            }
        return cells;
    }
}

using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Concord.Data.Exchange;

/// <summary>Reads the first worksheet of an XLSX workbook into a table. Before the workbook is opened every part of
/// the zip is inflated and counted, so that a zip bomb is refused at the limit instead of filling the memory.</summary>
internal static class XlsxTableReader
{
    public static ImportRead Read(byte[] bytes, string fileName, ImportLimits limits)
    {
        if (CheckArchive(bytes, limits) is { } problem) return ImportRead.Refused($"{fileName}: {problem}");
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
            var workbook = document.WorkbookPart;
            var first = workbook?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || first?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart sheet)
                return ImportRead.Refused($"{fileName}: the workbook has no worksheet");
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];

            IReadOnlyList<string>? headers = null;
            var rows = new List<ImportTableRow>();
            using var reader = OpenXmlReader.Create(sheet);
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
                var row = (Row)reader.LoadCurrentElement()!;
                int number = row.RowIndex?.Value is { } index ? (int)index : (headers is null ? 1 : rows.Count + 2);
                var cells = Cells(row, shared);
                if (headers is null) { headers = cells; continue; }
                if (rows.Count >= limits.MaxRows) return ImportRead.Refused($"{fileName}: more than {limits.MaxRows} rows");
                rows.Add(new ImportTableRow(number, cells));
            }
            return headers is null ? ImportRead.Refused($"{fileName}: the worksheet is empty") : new ImportRead(new ImportTable(headers, rows), null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or InvalidOperationException or FormatException or IOException)
        {
            return ImportRead.Refused($"{fileName}: not a readable XLSX workbook ({e.Message})");
        }
    }

    static List<string> Cells(Row row, List<string> shared)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            int column = cell.CellReference?.Value is { } reference ? Column(reference) : cells.Count;
            if (column < 0 || column > 16_384) continue;
            while (cells.Count <= column) cells.Add("");
            cells[column] = Value(cell, shared);
        }
        return cells;
    }

    static string Value(Cell cell, List<string> shared)
    {
        var type = cell.DataType?.Value;
        string raw = cell.CellValue?.Text ?? "";
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int i) && i < shared.Count ? shared[i] : "";
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        if (type == CellValues.Boolean) return raw == "1" ? "TRUE" : "FALSE";
        return raw;
    }

    /// <summary>"C7" → 2.</summary>
    static int Column(string reference)
    {
        int n = 0, i = 0;
        for (; i < reference.Length && i < 4 && char.IsAsciiLetter(reference[i]); i++)
            n = n * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        return i == 0 ? -1 : n - 1;
    }

    static string? CheckArchive(byte[] bytes, ImportLimits limits)
    {
        try
        {
            return new ZipBudget(limits.MaxParts, limits.MaxInflatedBytes).Check(bytes, "workbook");
        }
        catch (InvalidDataException e)
        {
            return $"not a readable XLSX workbook (the zip archive is damaged: {e.Message})";
        }
    }
}

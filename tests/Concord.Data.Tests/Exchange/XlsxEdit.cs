using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Concord.Data.Tests.Exchange;

/// <summary>Edits a workbook the way a spreadsheet program saves an edit: the cell becomes a shared string.</summary>
internal static class XlsxEdit
{
    public static byte[] SetCell(byte[] workbook, string header, int row, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var part = document.WorkbookPart!;
            var sheet = (WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().First().Id!);
            var rows = sheet.Worksheet.Descendants<Row>().ToList();
            int column = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList().IndexOf(header);
            var strings = part.SharedStringTablePart ?? part.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable ??= new SharedStringTable();
            strings.SharedStringTable.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text)));
            int index = strings.SharedStringTable.Elements<SharedStringItem>().Count() - 1;
            var cell = rows[row - 1].Elements<Cell>().Single(c => c.CellReference == Concord.Data.Exchange.XlsxExport.Reference(column, (uint)row));
            cell.InlineString = null;
            cell.DataType = CellValues.SharedString;
            cell.CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return stream.ToArray();
    }
}

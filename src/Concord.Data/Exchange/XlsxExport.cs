using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Concord.Data.Exchange;

/// <summary>The sheet as an XLSX workbook: one worksheet, the header row bold and frozen, a filter on it, widths
/// set per column, dates as dates, text cells as text (guarded against formulas all the same, for when a person
/// edits a cell and presses Enter). Rows are streamed, so a large register does not build a large document.</summary>
public static class XlsxExport
{

    // Excel refuses longer cells; a commitment is far shorter, a pasted update may not be.
    const int MaxCellLength = 32_000;

    public static void Write(RegisterSheet sheet, string language, Stream stream) =>
        SeekableOutput.Write(stream, output => WritePackage(sheet, language, output));

    static void WritePackage(RegisterSheet sheet, string language, Stream stream)
    {
        var columns = ExchangeColumns.For(sheet.Languages);
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = SheetStyles.Create();
        var worksheet = workbook.AddNewPart<WorksheetPart>();
        WriteSheet(worksheet, sheet, columns, language);
        workbook.Workbook.AppendChild(new Sheets(new Sheet
        {
            Id = workbook.GetIdOfPart(worksheet),
            SheetId = 1,
            Name = language == "vi" ? "Cam kết" : "Commitments",
        }));
        workbook.Workbook.Save();
    }

    static void WriteSheet(WorksheetPart part, RegisterSheet sheet, IReadOnlyList<ExchangeColumn> columns, string language)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0 }));
        var widths = new Columns();
        for (int i = 0; i < columns.Count; i++)
            widths.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = columns[i].Width, CustomWidth = true });
        writer.WriteElement(widths);

        writer.WriteStartElement(new SheetData());
        uint r = 1;
        writer.WriteStartElement(new Row { RowIndex = r });
        for (int i = 0; i < columns.Count; i++)
            writer.WriteElement(Text(Reference(i, r), columns[i].Header(language), SheetStyles.HeaderStyle));
        writer.WriteEndElement();
        foreach (var cells in SheetCells.Rows(sheet, columns, language))
        {
            r++;
            writer.WriteStartElement(new Row { RowIndex = r });
            for (int i = 0; i < cells.Length; i++)
                if (Cell(Reference(i, r), cells[i]) is { } cell) writer.WriteElement(cell);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A1:{Reference(columns.Count - 1, r)}" });
        writer.WriteEndElement();
    }

    static Cell? Cell(string reference, object? value) => value switch
    {
        null => null,
        long n => new Cell { CellReference = reference, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) },
        DateOnly d => new Cell
        {
            CellReference = reference,
            StyleIndex = SheetStyles.DateStyle,
            CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
        },
        string s => s.Length == 0 ? null : Text(reference, CellGuard.Neutralise(s), null),
        _ => Text(reference, CellGuard.Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""), null),
    };

    static Cell Text(string reference, string text, uint? style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    /// <summary>"A1", "AB12": column <paramref name="index"/> counted from 0.</summary>
    public static string Reference(int index, uint row)
    {
        var letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
            letters.Insert(0, (char)('A' + (n - 1) % 26));
        return letters.Append(row.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    static string XmlSafe(string text) =>
        XmlText.Safe(text.Length > MaxCellLength ? text[..MaxCellLength] + "…" : text);
}

using System.Globalization;
using Concord.Data.Exchange;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Concord.Data.Reports;

/// <summary>Writes one worksheet of the report's workbook: optional title lines, then a bold header row that stays
/// frozen, then rows. Text is guarded against formulas (<see cref="CellGuard"/>); numbers, counts and dates are
/// cells of their type.</summary>
internal static class ReportSheetWriter
{
    public const uint DateStyle = Exchange.SheetStyles.DateStyle, HeaderStyle = Exchange.SheetStyles.HeaderStyle, NumberStyle = Exchange.SheetStyles.NumberStyle;
    const int MaxCellLength = 32_000;

    public static void Write(WorksheetPart part, IReadOnlyList<string> titleLines, IReadOnlyList<(string Header, double Width)> columns,
        IEnumerable<object?[]> rows)
    {
        uint headerRow = (uint)(titleLines.Count == 0 ? 1 : titleLines.Count + 2);
        var data = new SheetData();
        uint r = 0;
        foreach (var line in titleLines)
            data.Append(new Row(Text(XlsxExport.Reference(0, ++r), line, r == 1 ? HeaderStyle : null)) { RowIndex = r });
        r = headerRow;
        var header = new Row { RowIndex = r };
        for (int i = 0; i < columns.Count; i++) header.Append(Text(XlsxExport.Reference(i, r), columns[i].Header, HeaderStyle));
        data.Append(header);
        foreach (var cells in rows)
        {
            var row = new Row { RowIndex = ++r };
            for (int i = 0; i < cells.Length; i++)
                if (Cell(XlsxExport.Reference(i, r), cells[i]) is { } cell) row.Append(cell);
            data.Append(row);
        }
        string below = XlsxExport.Reference(0, headerRow + 1);
        var widths = new Columns();
        for (int i = 0; i < columns.Count; i++)
            widths.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = columns[i].Width, CustomWidth = true });
        part.Worksheet = new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = headerRow, TopLeftCell = below, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = below, SequenceOfReferences = new ListValue<StringValue> { InnerText = below } })
            { WorkbookViewId = 0 }),
            widths,
            data,
            new AutoFilter { Reference = $"{XlsxExport.Reference(0, headerRow)}:{XlsxExport.Reference(columns.Count - 1, Math.Max(r, headerRow))}" });
    }

    static Cell? Cell(string reference, object? value) => value switch
    {
        null => null,
        int n => Number(reference, n.ToString(CultureInfo.InvariantCulture), null),
        long n => Number(reference, n.ToString(CultureInfo.InvariantCulture), null),
        decimal d => Number(reference, d.ToString("G29", CultureInfo.InvariantCulture), NumberStyle),
        DateOnly d => Number(reference, d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture), DateStyle),
        string s => s.Length == 0 ? null : Text(reference, CellGuard.Neutralise(s), null),
        _ => Text(reference, CellGuard.Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""), null),
    };

    static Cell Number(string reference, string value, uint? style) =>
        new() { CellReference = reference, StyleIndex = style, CellValue = new CellValue(value) };

    static Cell Text(string reference, string text, uint? style)
    {
        if (text.Length > MaxCellLength) text = text[..MaxCellLength] + "…";
        return new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = style,
            InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Exchange.XmlText.Safe(text)) { Space = SpaceProcessingModeValues.Preserve }),
        };
    }
}

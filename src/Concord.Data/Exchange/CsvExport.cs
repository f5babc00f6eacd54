using System.Globalization;
using System.Text;
using CsvHelper;

namespace Concord.Data.Exchange;

/// <summary>The sheet as CSV: RFC 4180 (comma, double quotes, CRLF), UTF-8 with a byte order mark so that Excel
/// reads Vietnamese as Vietnamese; text cells guarded against formulas.</summary>
public static class CsvExport
{
    public static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: true);

    public static void Write(RegisterSheet sheet, string language, Stream stream)
    {
        var columns = ExchangeColumns.For(sheet.Languages);
        using var text = new StreamWriter(stream, Encoding, bufferSize: 65536, leaveOpen: true);
        // The guard is ours (CellGuard), the same for CSV and XLSX; the library's would escape twice.
        using var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\r\n", Injection = CsvInjection.None, FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        foreach (var c in columns) csv.WriteField(c.Header(language));
        csv.EndRecord();
        foreach (var row in SheetCells.Rows(sheet, columns, language))
        {
            foreach (var cell in row) csv.WriteField(Format(cell));
            csv.EndRecord();
        }
        csv.Flush();
    }

    static string Format(object? cell) => cell switch
    {
        null => "",
        long n => n.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s => CellGuard.Neutralise(s),
        _ => CellGuard.Neutralise(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? ""),
    };
}

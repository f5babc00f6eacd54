using System.Text;
using CsvHelper;

namespace Concord.Data.Exchange;

/// <summary>Reads CSV text into a table: UTF-8 (with or without a byte order mark) or UTF-16 with its mark, as
/// Excel saves "CSV UTF-8" and "Unicode text"; the separator (comma, semicolon as Excel uses in locales with a
/// decimal comma, or tab) taken from the header line.</summary>
internal static class CsvTableReader
{
    public static ImportRead Read(byte[] bytes, string fileName, ImportLimits limits)
    {
        if (Decode(bytes) is not { } text)
            return ImportRead.Refused($"{fileName}: the text is not UTF-8; in Excel, save it as \"CSV UTF-8 (Comma delimited)\"");
        if (text.Contains('\0', StringComparison.Ordinal))
            return ImportRead.Refused($"{fileName}: this is a binary file, not CSV text");
        var rows = new List<ImportTableRow>();
        IReadOnlyList<string>? headers = null;
        try
        {
            using var csv = CsvReader.Create(new StringReader(text), new CsvReaderOptions
            {
                HasHeader = false,
                Separator = Separator(text),
                AllowLineBreaksInQuotes = true,
                MalformedData = CsvMalformedDataHandling.Throw,
            }, leaveOpen: false);
            int number = 0;
            while (csv.Read())
            {
                number++;
                var cells = new string[csv.FieldCount];
                for (int i = 0; i < cells.Length; i++) cells[i] = csv.GetString(i);
                if (headers is null) { headers = cells; continue; }
                if (rows.Count >= limits.MaxRows)
                    return ImportRead.Refused($"{fileName}: more than {limits.MaxRows} rows");
                rows.Add(new ImportTableRow(number, cells));
            }
        }
        catch (CsvFormatException e)
        {
            return ImportRead.Refused($"{fileName}: malformed CSV near row {e.RecordNumber}: {e.Message}");
        }
        return headers is null ? ImportRead.Refused($"{fileName}: the file has no header row") : new ImportRead(new ImportTable(headers, rows), null);
    }

    static string? Decode(byte[] bytes)
    {
        try
        {
            if (bytes is [0xEF, 0xBB, 0xBF, ..]) return new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3);
            if (bytes is [0xFF, 0xFE, ..]) return new UnicodeEncoding(false, false, true).GetString(bytes, 2, bytes.Length - 2);
            if (bytes is [0xFE, 0xFF, ..]) return new UnicodeEncoding(true, false, true).GetString(bytes, 2, bytes.Length - 2);
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The separator that occurs most often outside quotes on the first line; a comma on a tie.</summary>
    static char Separator(string text)
    {
        int comma = 0, semicolon = 0, tab = 0;
        bool quoted = false;
        foreach (char c in text)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c is '\n' or '\r') break;
            else if (!quoted && c == ',') comma++;
            else if (!quoted && c == ';') semicolon++;
            else if (!quoted && c == '\t') tab++;
        }
        return tab > comma && tab > semicolon ? '\t' : semicolon > comma ? ';' : ',';
    }
}

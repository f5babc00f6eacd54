namespace Concord.Data.Exchange;

/// <summary>Reads an edited export back: a CSV or an XLSX, told apart by their bytes (an XLSX is a zip) and checked
/// against the file's extension, so that a renamed file is refused with a clear reason instead of misread.</summary>
public static class ImportFile
{
    public static ImportRead Read(Stream stream, string fileName, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        string extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is not (".csv" or ".xlsx" or ".txt" or ".tsv"))
            return ImportRead.Refused($"{fileName}: import reads .csv and .xlsx files (an export edited in a spreadsheet), not '{extension}'");
        byte[] bytes;
        try
        {
            bytes = ReadCapped(stream, limits.MaxFileBytes);
        }
        catch (InvalidDataException e)
        {
            return ImportRead.Refused($"{fileName}: {e.Message}");
        }
        if (bytes.Length == 0) return ImportRead.Refused($"{fileName}: the file is empty");
        bool zip = bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        if (extension == ".xlsx")
            return zip ? XlsxTableReader.Read(bytes, fileName, limits)
                : ImportRead.Refused($"{fileName}: not an XLSX workbook (an XLSX file is a zip archive; this one is not)");
        if (zip)
            return ImportRead.Refused($"{fileName}: this is a zip archive (an XLSX workbook?), not CSV text; name it .xlsx");
        return CsvTableReader.Read(bytes, fileName, limits);
    }

    static byte[] ReadCapped(Stream stream, long max)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            if (copy.Length + n > max)
                throw new InvalidDataException($"the file is larger than {max / (1024 * 1024)} MB, more than an export of a register holds");
            copy.Write(buffer, 0, n);
        }
        return copy.ToArray();
    }
}

namespace Concord.Data.Exchange;

/// <summary>Where the columns import reads are in a file's header row, and the headers it does not know.</summary>
internal sealed record ImportColumns(IReadOnlyDictionary<string, int> Index, IReadOnlyList<string> Headers, IReadOnlyList<string> Ignored)
{
    public static (ImportColumns? Columns, string? Refusal) Find(IReadOnlyList<string> headers)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ignored = new List<string>();
        for (int i = 0; i < headers.Count; i++)
        {
            string header = CellGuard.Restore(headers[i]).Trim();
            if (header.Length == 0) continue;
            if (ExchangeColumns.KeyOf(header) is not { } key) { ignored.Add(header); continue; }
            if (!index.TryAdd(key, i))
                return (null, $"the column '{header}' appears twice in the header row");
        }
        if (!index.ContainsKey(ExchangeColumns.Id) || !index.ContainsKey(ExchangeColumns.Version))
            return (null, "the header row has no 'ID' and 'Version' columns (\"Mã\", \"Phiên bản\"): import reads a file that `concord export` wrote, edited; export the statement again and edit that");
        if (!ExchangeColumns.Editable.Any(index.ContainsKey))
            return (null, "the file has none of the columns import changes: Status, Party statuses, Lead agencies, Supporting agencies (Trạng thái, Trạng thái từng bên, Cơ quan chủ trì, Cơ quan phối hợp)");
        return (new ImportColumns(index, headers, ignored), null);
    }

    public bool Has(string key) => Index.ContainsKey(key);

    public string Cell(ImportTableRow row, string key) => CellGuard.Restore(row.Cell(Index[key])).Trim();

    public string Header(string key) => Headers[Index[key]].Trim();
}

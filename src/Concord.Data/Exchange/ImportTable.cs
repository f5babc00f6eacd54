namespace Concord.Data.Exchange;

/// <summary>A sheet as read from a file, before it means anything: the header cells, and each row with its number
/// as a spreadsheet shows it (the header is row 1).</summary>
public sealed record ImportTable(IReadOnlyList<string> Headers, IReadOnlyList<ImportTableRow> Rows);

/// <summary>One row of a sheet; <see cref="Cells"/> may be shorter than the headers when its last cells are empty.</summary>
public sealed record ImportTableRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int index) => index < Cells.Count ? Cells[index] : "";
}

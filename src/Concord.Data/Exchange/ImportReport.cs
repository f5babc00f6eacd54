namespace Concord.Data.Exchange;

/// <summary>What an import did or, with a dry run, would do: the changes made, the rows rejected and why, the
/// columns it did not read. <see cref="Refusal"/> is set when the whole file was refused and nothing was written.</summary>
public sealed record ImportReport(
    bool DryRun,
    bool Applied,
    string? Refusal,
    int RowsRead,
    IReadOnlyList<ImportChange> Changes,
    IReadOnlyList<ImportRejection> Rejections,
    IReadOnlyList<string> IgnoredColumns)
{
    public static ImportReport Refused(string reason, bool dryRun) => new(dryRun, false, reason, 0, [], [], []);

    public int CommitmentsChanged => Changes.Select(c => c.Commitment).Distinct().Count();
}

/// <summary>One cell that changed a commitment: the row, the column as the file names it, the value before and after.</summary>
public sealed record ImportChange(int Row, int Commitment, string Column, string Before, string After);

/// <summary>Why a row was not applied: its number, the commitment when it was known, and the refusal, whose field is
/// the column as the file names it.</summary>
public sealed record ImportRejection(int Row, int? Commitment, Refusal Why)
{
    public string Column => Why.Field;

    public string Reason => Why.English;
}

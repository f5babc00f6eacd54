using System.Globalization;
using Concord.Data.Register;

namespace Concord.Data.Exchange;

/// <summary>The sheet as a table of cells in one language: text cells as strings (not yet guarded against
/// formulas), numbers as long, dates as DateOnly, empty cells as null.</summary>
public static class SheetCells
{
    public static IEnumerable<object?[]> Rows(RegisterSheet sheet, IReadOnlyList<ExchangeColumn> columns, string language) =>
        sheet.Rows.Select(row => columns.Select(c => Cell(row, c.Key, language)).ToArray());

    static object? Cell(RegisterRow row, string key, string language)
    {
        var c = row.Commitment;
        return key switch
        {
            ExchangeColumns.Id => (long)c.Id,
            ExchangeColumns.Version => c.Version,
            ExchangeColumns.Item => c.Item.Path,
            ExchangeColumns.Pillar => c.Item.Pillar,
            ExchangeColumns.Text => c.Text,
            ExchangeColumns.Modality => c.Modality,
            ExchangeColumns.Status => StatusNames.Label(c.Status, language),
            ExchangeColumns.PartyStatuses => string.Join("; ", c.Parties.OrderBy(p => p.Id).Select(p => p.Party + ": " + StatusNames.Label(p.Status, language))),
            ExchangeColumns.DeadlineStart => c.DeadlineStart,
            ExchangeColumns.DeadlineEnd => c.DeadlineEnd,
            ExchangeColumns.DeadlinePrecision => c.DeadlinePrecision,
            ExchangeColumns.DeadlineFiscalYear => c.DeadlineFiscalYear,
            ExchangeColumns.DeadlineText => c.DeadlineText,
            ExchangeColumns.DeadlineReading => c.DeadlineReading,
            ExchangeColumns.Parties => string.Join("; ", c.Parties.OrderBy(p => p.Id).Select(p => p.Party)),
            ExchangeColumns.Lead => Agencies(c, "lead", language),
            ExchangeColumns.Support => Agencies(c, "support", language),
            ExchangeColumns.Targets => string.Join("; ", c.Targets.OrderBy(t => t.Id).Select(t => Target(t, language))),
            ExchangeColumns.UpdateDate => row.LatestUpdate?.Date,
            ExchangeColumns.UpdateText => row.LatestUpdate?.Text,
            _ when key.StartsWith(ExchangeColumns.TextIn, StringComparison.Ordinal) =>
                row.TextByLanguage.GetValueOrDefault(key[ExchangeColumns.TextIn.Length..]),
            _ => null,
        };
    }

    /// <summary>The names import reads back: one agency per name, separated by "; ".</summary>
    public static string Agencies(Commitment c, string role, string language) =>
        string.Join("; ", c.Agencies.Where(a => a.Role == role).OrderBy(a => a.Id).Select(a => AgencyName(a.Agency, language)));

    public static string AgencyName(Agency agency, string language) => language == "vi" ? agency.NameVi : agency.NameEn;

    /// <summary>"≥ 50000 specialists per year (trained) by 2030-12-31".</summary>
    public static string Target(Target t, string language)
    {
        string comparator = t.Comparator switch
        {
            "gt" => ">", "gte" => "≥", "lt" => "<", "lte" => "≤", "approx" => "≈", _ => "=",
        };
        string text = $"{comparator} {t.Value.ToString("0.######", CultureInfo.InvariantCulture)} {t.Unit}";
        if (t.Per is { } per) text += (language == "vi" ? " mỗi " : " per ") + per;
        if (t.Metric.Length > 0 && !string.Equals(t.Metric, t.Unit, StringComparison.Ordinal)) text += $" ({t.Metric})";
        if (t.DueDate is { } due) text += (language == "vi" ? " đến " : " by ") + due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return text;
    }
}

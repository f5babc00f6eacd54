using System.Globalization;
using Concord.Data.Register;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Exchange;

/// <summary>Applies an edited export to the register: the status, the parties' statuses and the lead and supporting
/// agencies of each commitment it lists. A row is applied whole or not at all; a row whose commitment changed
/// since the export (its version differs) is rejected, not overwritten. Every accepted change is saved in one
/// transaction, in the history under <c>actor</c>; a dry run saves nothing.</summary>
public static class RegisterImport
{
    public static async Task<ImportReport> ApplyAsync(RegisterDb db, ImportTable table, string actor, bool dryRun, CancellationToken cancellationToken = default)
    {
        var (columns, refusal) = ImportColumns.Find(table.Headers);
        if (columns is null) return ImportReport.Refused(refusal!, dryRun);
        string language = ExchangeColumns.Leading[0].Vi == columns.Header(ExchangeColumns.Id) ? "vi" : "en";

        var rejections = new List<ImportRejection>();
        var keyed = new List<(ImportTableRow Row, int Id, long Version)>();
        var rows = table.Rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        foreach (var row in rows)
        {
            if (!int.TryParse(Whole(columns.Cell(row, ExchangeColumns.Id)), NumberStyles.None, CultureInfo.InvariantCulture, out int id))
                rejections.Add(new(row.Number, null, new(columns.Header(ExchangeColumns.Id), "NotACommitmentId",
                    $"'{columns.Cell(row, ExchangeColumns.Id)}' is not a commitment id", columns.Cell(row, ExchangeColumns.Id))));
            else if (!long.TryParse(Whole(columns.Cell(row, ExchangeColumns.Version)), NumberStyles.None, CultureInfo.InvariantCulture, out long version))
                rejections.Add(new(row.Number, id, new(columns.Header(ExchangeColumns.Version), "NotAVersion",
                    $"'{columns.Cell(row, ExchangeColumns.Version)}' is not a version number; the row must keep the version it was exported with",
                    columns.Cell(row, ExchangeColumns.Version))));
            else
                keyed.Add((row, id, version));
        }

        var commitments = new Dictionary<int, Commitment>();
        foreach (var chunk in keyed.Select(k => k.Id).Distinct().Chunk(500))
            foreach (var c in await db.Commitments.AsSplitQuery().Include(c => c.Parties).Include(c => c.Agencies).ThenInclude(a => a.Agency)
                         .Where(c => chunk.Contains(c.Id)).ToListAsync(cancellationToken))
                commitments[c.Id] = c;
        bool agenciesNeeded = columns.Has(ExchangeColumns.Lead) || columns.Has(ExchangeColumns.Support);
        var agencies = new AgencyNames(agenciesNeeded ? await db.Agencies.ToListAsync(cancellationToken) : []);

        var changes = new List<ImportChange>();
        var firstRowOf = new Dictionary<int, int>();
        foreach (var (row, id, version) in keyed)
        {
            if (firstRowOf.TryGetValue(id, out int first))
            {
                rejections.Add(new(row.Number, id, new(columns.Header(ExchangeColumns.Id), "RowRepeated",
                    $"commitment {id} is already on row {first}; one row per commitment", id, first)));
                continue;
            }
            firstRowOf[id] = row.Number;
            if (!commitments.TryGetValue(id, out var commitment))
            {
                rejections.Add(new(row.Number, id, new(columns.Header(ExchangeColumns.Id), "NoSuchCommitment", $"there is no commitment {id} in this register", id)));
                continue;
            }
            if (commitment.Version != version)
            {
                rejections.Add(new(row.Number, id, new(columns.Header(ExchangeColumns.Version), ImportRefusals.ChangedSinceExport,
                    $"commitment {id} changed since the export (version {version} in the file, {commitment.Version} in the register); export again and redo this row",
                    id, version, commitment.Version)));
                continue;
            }
            var plan = new ImportRowPlan(db, commitment, row, columns, agencies, language);
            if (plan.Problems.Count > 0) { rejections.AddRange(plan.Problems); continue; }
            if (plan.Changes.Count == 0) continue;
            plan.Apply();
            changes.AddRange(plan.Changes);
        }

        var ignored = columns.Ignored;
        rejections.Sort((a, b) => a.Row.CompareTo(b.Row));
        if (dryRun || changes.Count == 0)
            return new ImportReport(dryRun, false, null, rows.Count, changes, rejections, ignored);
        try
        {
            db.Actor = actor;
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ImportReport(dryRun, false, "the register changed while the import ran; nothing was written: run the import again", rows.Count, [], rejections, ignored);
        }
        return new ImportReport(dryRun, true, null, rows.Count, changes, rejections, ignored);
    }

    // A spreadsheet may give an id back as "12.0" or " 12 ".
    static string Whole(string text)
    {
        string t = text.Trim();
        return t.EndsWith(".0", StringComparison.Ordinal) ? t[..^2] : t;
    }
}

using Concord.Data.Register;
using Concord.Text;
using Concord.Text.Extraction;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Ingest;

/// <summary>Puts statements into the register: groups the documents into statements (see
/// <see cref="StatementGrouper"/>), plans each, and writes them all in one transaction, so that a failure or a
/// cancellation leaves the register as it was. A statement the register has (by a version's text, else by its
/// key) is updated in place from all its versions, the stored ones read again; the same documents ingested twice
/// change nothing. The first document of each statement is its reference version: its paths are the items'
/// paths; for a statement the register has, the first version it was given stays the reference.</summary>
public static class StatementIngest
{
    /// <param name="written">Told of each statement once written, before the transaction commits.</param>
    public static Task<IngestReport> IngestAsync(RegisterDb db, IReadOnlyList<IngestDocument> documents,
        IProgress<StatementReport>? written = null, CancellationToken cancellationToken = default) =>
        IngestAsync(db, documents, dryRun: false, written, cancellationToken);

    /// <param name="dryRun">Write everything, report it, and roll the transaction back: the report is what the same
    /// ingest would do, and the register is left as it was.</param>
    /// <param name="written">Told of each statement once written, before the transaction commits or rolls back.</param>
    public static async Task<IngestReport> IngestAsync(RegisterDb db, IReadOnlyList<IngestDocument> documents, bool dryRun,
        IProgress<StatementReport>? written = null, CancellationToken cancellationToken = default)
    {
        var problems = new List<Refusal>();
        if (documents.Count == 0) problems.Add(new("files", "NothingToIngest", "no statement to ingest"));
        foreach (var d in documents.Where(d => d.Document.Items.Count == 0))
            problems.Add(new("files", "NoItemsFound", $"{d.Document.Source}: no items found; is it a statement?", d.Document.Source));
        var groups = problems.Count == 0 ? StatementGrouper.Group(documents, problems) : [];
        if (problems.Count > 0) return new IngestReport([], problems);

        var reports = new List<StatementReport>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var plan = StatementPlanner.Plan(group);
            var statement = await FindAsync(db, plan, cancellationToken);
            if (statement is not null)
                plan = StatementPlanner.Plan(await WithStoredAsync(db, group, statement, cancellationToken));
            else
                plan = plan with { Key = await FreeKeyAsync(db, plan.Key, cancellationToken) };
            var report = await new RegisterWriter(db, cancellationToken).WriteAsync(plan, statement);
            report.Preview = StatementPreview.Of(plan);
            reports.Add(report);
            written?.Report(report);
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (dryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
            // The records written are still tracked as saved: forget them, they are not in the register.
            db.ChangeTracker.Clear();
        }
        else await transaction.CommitAsync(cancellationToken);
        return new IngestReport(reports, []);
    }

    /// <summary>The statement one of the versions is already in; else the one with the same key whose reference
    /// version aligns with this one (the same parties on the same day may sign two different texts).</summary>
    static async Task<Statement?> FindAsync(RegisterDb db, PlannedStatement plan, CancellationToken cancellationToken)
    {
        var hashes = plan.Hashes.ToList();
        int id = await db.Versions.Where(v => hashes.Contains(v.Hash)).Select(v => v.StatementId).FirstOrDefaultAsync(cancellationToken);
        if (id != 0) return await db.Statements.SingleAsync(s => s.Id == id, cancellationToken);
        var sameKey = await db.Statements.Where(s => s.Key == plan.Key || s.Key.StartsWith(plan.Key + "-")).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        foreach (var candidate in sameKey)
        {
            var first = await db.Versions.Where(v => v.StatementId == candidate.Id).OrderBy(v => v.Id).FirstOrDefaultAsync(cancellationToken);
            if (first is null) continue;
            var stored = Reread(first, candidate.Date ?? plan.Date);
            if (plan.Versions.Any(v => StatementGrouper.AlignsWell(stored, v.Document))) return candidate;
        }
        return null;
    }

    static async Task<string> FreeKeyAsync(RegisterDb db, string key, CancellationToken cancellationToken)
    {
        var taken = await db.Statements.Where(s => s.Key == key || s.Key.StartsWith(key + "-")).Select(s => s.Key).ToListAsync(cancellationToken);
        if (!taken.Contains(key)) return key;
        for (int n = 2; ; n++)
            if (!taken.Contains($"{key}-{n}")) return $"{key}-{n}";
    }

    /// <summary>The given versions and the stored ones not given again, read from their stored text, in the order
    /// the register got them: the statement keeps its reference version and so its paths.</summary>
    static async Task<StatementGroup> WithStoredAsync(RegisterDb db, StatementGroup group, Statement statement, CancellationToken cancellationToken)
    {
        var stored = await db.Versions.AsNoTracking().Where(v => v.StatementId == statement.Id).OrderBy(v => v.Id).ToListAsync(cancellationToken);
        var versions = new List<IngestDocument>();
        foreach (var version in stored)
        {
            var given = group.Versions.FirstOrDefault(v => v.Language == version.Language);
            versions.Add(given ?? new IngestDocument(Reread(version, statement.Date ?? group.Date), version.Format, version.Encoding, version.Official));
        }
        versions.AddRange(group.Versions.Where(v => stored.All(s => s.Language != v.Language)));
        return new StatementGroup(versions);
    }

    static ExtractedDocument Reread(StatementVersion version, DateOnly? date) =>
        StatementExtractor.Extract(version.Text, new ExtractOptions(version.Source, LanguageCodes.Parse(version.Language), date));
}

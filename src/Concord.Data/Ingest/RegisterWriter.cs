using Concord.Data.Register;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Ingest;

/// <summary>Brings the register to a planned statement, touching only what differs, so that the same plan
/// written twice records no change. Saves as it goes (later rows need the keys of earlier ones); the caller owns
/// the transaction.</summary>
internal sealed class RegisterWriter(RegisterDb db, CancellationToken cancellationToken)
{
    bool changed;

    public async Task<StatementReport> WriteAsync(PlannedStatement plan, Statement? statement)
    {
        bool created = statement is null;
        statement ??= NewStatement(plan);
        var report = new StatementReport(statement.Key, statement.Title);
        report.Sources.AddRange(plan.Versions.Select(v => v.Document.Source));
        if (statement.Date is null && plan.Date is not null) statement.Date = plan.Date;

        var stored = created ? new RegisterState() : await RegisterState.LoadAsync(db, statement.Id, cancellationToken);
        var versions = Versions(plan, statement, stored, report);
        await SaveAsync();

        var items = new ItemWriter(db, statement, versions, report).Write(plan, stored);
        await SaveAsync();
        var kept = new CommitmentWriter(db, statement, versions, report).Write(plan, items, stored);
        foreach (var leftover in stored.Items.Where(i => !items.Contains(i) && !kept.Contains(i.Id)))
        {
            db.Items.Remove(leftover);
            report.ItemsRemoved.Add(leftover.Path);
        }
        await SaveAsync();

        var names = await NameWriter.ResolveAsync(db, plan, cancellationToken);
        await SaveAsync();
        NameWriter.SyncMentions(db, plan, items, versions, names, stored.Mentions);
        await SaveAsync();

        report.Outcome = created ? "created" : changed ? "updated" : "unchanged";
        report.Items = await db.Items.CountAsync(i => i.StatementId == statement.Id, cancellationToken);
        report.Commitments = await db.Commitments.CountAsync(c => c.StatementId == statement.Id, cancellationToken);
        report.Mechanisms = names.Values.Count(n => n.Mechanism is not null);
        report.Initiatives = names.Values.Count(n => n.Initiative is not null);
        return report;
    }

    Statement NewStatement(PlannedStatement plan)
    {
        var statement = new Statement
        {
            Key = plan.Key,
            Title = plan.Title,
            PartyA = plan.Parties?.A ?? "",
            PartyB = plan.Parties?.B ?? "",
            Date = plan.Date,
            CreatedAt = db.Now,
        };
        db.Statements.Add(statement);
        return statement;
    }

    StatementVersion[] Versions(PlannedStatement plan, Statement statement, RegisterState stored, StatementReport report)
    {
        var versions = new StatementVersion[plan.Versions.Count];
        for (int i = 0; i < versions.Length; i++)
        {
            var input = plan.Versions[i];
            var version = stored.Versions.FirstOrDefault(v => v.Language == input.Language);
            if (version is null)
            {
                version = new StatementVersion
                {
                    Statement = statement,
                    Language = input.Language,
                    Source = input.Document.Source,
                    Official = input.Official,
                    Hash = plan.Hashes[i],
                    Format = input.Format,
                    Encoding = input.Encoding,
                    Text = input.Document.Text,
                    ImportedAt = db.Now,
                };
                db.Versions.Add(version);
                report.VersionsAdded.Add(input.Language);
            }
            else
            {
                if (version.Hash != plan.Hashes[i])
                {
                    version.Hash = plan.Hashes[i];
                    version.Text = input.Document.Text;
                    version.ImportedAt = db.Now;
                    report.VersionsChanged.Add(input.Language);
                }
                if (version.Source != input.Document.Source) version.Source = input.Document.Source;
                if (version.Official != input.Official) version.Official = input.Official;
                if (version.Format != input.Format) version.Format = input.Format;
                if (version.Encoding != input.Encoding) version.Encoding = input.Encoding;
            }
            versions[i] = version;
        }
        return versions;
    }

    async Task SaveAsync()
    {
        db.ChangeTracker.DetectChanges();
        if (!db.ChangeTracker.HasChanges()) return;
        changed = true;
        await db.SaveChangesAsync(cancellationToken);
    }
}

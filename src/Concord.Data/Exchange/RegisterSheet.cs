using Concord.Data.Register;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Exchange;

/// <summary>What an export of one statement holds: the statement, the languages of its versions (Vietnamese first),
/// and its commitments in the order of the text, all of them or those one agency is assigned to.</summary>
public sealed record RegisterSheet(Statement Statement, IReadOnlyList<StatementVersion> Versions, IReadOnlyList<RegisterRow> Rows, Agency? Agency)
{
    public IReadOnlyList<string> Languages =>
        [.. Versions.Select(v => v.Language).Distinct(StringComparer.Ordinal).OrderBy(LanguageRank).ThenBy(l => l, StringComparer.Ordinal)];

    /// <summary>Loads the sheet, or returns null when there is no statement with that key. Commitments a person
    /// marked as not commitments are left out.</summary>
    public static async Task<RegisterSheet?> LoadAsync(RegisterDb db, string statementKey, int? agencyId, CancellationToken cancellationToken = default)
    {
        var statement = await db.Statements.AsNoTracking().SingleOrDefaultAsync(s => s.Key == statementKey, cancellationToken);
        if (statement is null) return null;
        var agency = agencyId is { } a ? await db.Agencies.AsNoTracking().SingleOrDefaultAsync(x => x.Id == a, cancellationToken) : null;
        var versions = await db.Versions.AsNoTracking().Where(v => v.StatementId == statement.Id)
            .Select(v => new StatementVersion
            {
                Id = v.Id, StatementId = v.StatementId, Language = v.Language, Source = v.Source, Official = v.Official,
                Hash = v.Hash, Format = v.Format, Encoding = v.Encoding, Text = "", ImportedAt = v.ImportedAt,
            })
            .OrderBy(v => v.Id).ToListAsync(cancellationToken);

        var query = db.Commitments.AsNoTracking().AsSplitQuery()
            .Where(c => c.StatementId == statement.Id && c.IsCommitment);
        if (agencyId is { } id) query = query.Where(c => c.Agencies.Any(x => x.AgencyId == id));
        var commitments = await query
            .Include(c => c.Item)
            .Include(c => c.Sources)
            .Include(c => c.Parties)
            .Include(c => c.Agencies).ThenInclude(x => x.Agency)
            .Include(c => c.Targets)
            .OrderBy(c => c.Item.Ordinal).ThenBy(c => c.Ordinal).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);

        var ids = commitments.Select(c => c.Id).ToList();
        var updates = new Dictionary<int, ProgressUpdate>();
        foreach (var chunk in ids.Chunk(500))
        {
            var found = await db.Updates.AsNoTracking().Where(u => chunk.Contains(u.CommitmentId)).ToListAsync(cancellationToken);
            foreach (var u in found)
                if (!updates.TryGetValue(u.CommitmentId, out var seen) || (u.Date, u.CreatedAt, u.Id).CompareTo((seen.Date, seen.CreatedAt, seen.Id)) > 0)
                    updates[u.CommitmentId] = u;
        }

        var languageOf = versions.ToDictionary(v => v.Id, v => v.Language);
        var rows = commitments.Select(c => new RegisterRow(
            c,
            c.Sources.Where(s => languageOf.ContainsKey(s.VersionId))
                .GroupBy(s => languageOf[s.VersionId], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => string.Join(" ", g.OrderBy(s => s.SpanStart).Select(s => s.Text)), StringComparer.Ordinal),
            updates.GetValueOrDefault(c.Id))).ToList();
        return new RegisterSheet(statement, versions, rows, agency);
    }

    static int LanguageRank(string language) => language switch { "vi" => 0, "en" => 1, "ja" => 2, _ => 3 };
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Concord.Data.History;
using Concord.Data.Register;
using Concord.Data.Tracking;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Reports;

/// <summary>Loads a <see cref="ReportSource"/>: the register as it is, or a statement as it stood at the end of a
/// past day (<see cref="RegisterAsOf"/>). A past day's report names agencies as they were named that day (ministries
/// are merged and renamed; a report of last year names last year's ministry), and mechanisms by their present names,
/// with their meetings up to the day.</summary>
internal static class ReportLoader
{
    public static async Task<ReportSource?> LoadAsync(RegisterDb db, string key, CancellationToken cancellationToken)
    {
        var statement = await db.Statements.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (statement is null) return null;
        var languages = await db.Versions.AsNoTracking().Where(v => v.StatementId == statement.Id)
            .ToDictionaryAsync(v => v.Id, v => v.Language, cancellationToken);
        var items = await db.Items.AsNoTracking().Where(i => i.StatementId == statement.Id).Include(i => i.Texts)
            .OrderBy(i => i.Ordinal).ToListAsync(cancellationToken);
        var commitments = await db.Commitments.AsNoTracking().AsSplitQuery()
            .Where(c => c.StatementId == statement.Id && c.IsCommitment)
            .Include(c => c.Parties)
            .Include(c => c.Agencies).ThenInclude(a => a.Agency)
            .Include(c => c.Sources)
            .Include(c => c.Targets).ThenInclude(t => t.Measurements)
            .Include(c => c.Updates)
            .ToListAsync(cancellationToken);
        return new ReportSource(statement, languages, items, commitments, await MechanismsAsync(db, statement.Id, cancellationToken));
    }

    public static async Task<ReportSource?> LoadAsOfAsync(RegisterDb db, string key, DateOnly day, CancellationToken cancellationToken)
    {
        var id = await db.Statements.Where(s => s.Key == key).Select(s => (int?)s.Id).SingleOrDefaultAsync(cancellationToken);
        if (id is null) return null;
        var json = await RegisterAsOf.ReadAsync(db, id.Value, day, cancellationToken);
        if (json?["statement"] is not { } node) return null;
        var statement = node.Deserialize<Statement>(HistoryJson)!;
        var items = statement.Items;
        var commitments = items.SelectMany(i => i.Commitments).Where(c => c.IsCommitment).ToList();
        var agencyIds = commitments.SelectMany(c => c.Agencies).Select(a => a.AgencyId).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        await NameAsOfAsync(db, agencies, day, cancellationToken);
        foreach (var c in commitments)
            c.Agencies.RemoveAll(a => !agencies.ContainsKey(a.AgencyId));
        foreach (var a in commitments.SelectMany(c => c.Agencies))
            a.Agency = agencies[a.AgencyId];
        var languages = statement.Versions.ToDictionary(v => v.Id, v => v.Language);
        return new ReportSource(statement, languages, items, commitments, await MechanismsAsync(db, statement.Id, cancellationToken));
    }

    /// <summary>Gives each agency the names its latest change up to the end of <paramref name="day"/> recorded.</summary>
    static async Task NameAsOfAsync(RegisterDb db, Dictionary<int, Agency> agencies, DateOnly day, CancellationToken cancellationToken)
    {
        var cutoff = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var ids = agencies.Keys.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
        var changes = await db.Changes.AsNoTracking()
            .Where(c => c.Entity == nameof(Agency) && ids.Contains(c.EntityId) && c.At < cutoff)
            .OrderBy(c => c.Id).Select(c => new { c.EntityId, c.After }).ToListAsync(cancellationToken);
        foreach (var latest in changes.GroupBy(c => c.EntityId, StringComparer.Ordinal).Select(g => g.Last()))
        {
            if (latest.After is null || JsonSerializer.Deserialize<Agency>(latest.After, HistoryJson) is not { } then) continue;
            var agency = agencies[int.Parse(latest.EntityId, CultureInfo.InvariantCulture)];
            (agency.NameVi, agency.NameEn, agency.Acronym) = (then.NameVi, then.NameEn, then.Acronym);
        }
    }

    static async Task<IReadOnlyList<(Mechanism, DateOnly?)>> MechanismsAsync(RegisterDb db, int statementId, CancellationToken cancellationToken)
    {
        var ids = await db.Mentions.AsNoTracking()
            .Where(m => m.MechanismId != null && db.Items.Any(i => i.Id == m.ItemId && i.StatementId == statementId))
            .Select(m => m.MechanismId!.Value).Distinct().ToListAsync(cancellationToken);
        if (ids.Count == 0) return [];
        var mechanisms = await db.Mechanisms.AsNoTracking().Where(m => ids.Contains(m.Id)).Include(m => m.Meetings)
            .OrderBy(m => m.Name).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        // The earliest statement naming each: the cadence counts from it until the first meeting.
        var first = await MechanismCadence.FirstNamedAsync(db, ids, cancellationToken);
        return [.. mechanisms.Select(m => (m, first.GetValueOrDefault(m.Id)))];
    }

    // The history keeps each record's fields (camelCase after RegisterAsOf) and leaves some out, such as a version's
    // text: read them into the register's classes without insisting on every required member.
    static readonly JsonSerializerOptions HistoryJson = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    foreach (var property in info.Properties) property.IsRequired = false;
                },
            },
        },
    };
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.History;

/// <summary>A statement's register as it stood at the end of a day, rebuilt from <see cref="Change"/> rows: the
/// latest change of each record at or before then, records deleted by then left out. Records appear as the
/// history recorded them (field names in camelCase), nested statement → versions, press articles and
/// items → commitments → parties, agencies, targets (with measurements) and updates (with evidence).</summary>
public static class RegisterAsOf
{
    static readonly string[] Entities =
    [
        "Statement", "StatementVersion", "Item", "ItemText", "Commitment", "CommitmentParty", "CommitmentAgency",
        "CommitmentSource", "Target", "Measurement", "ProgressUpdate", "Evidence", "Article",
    ];

    /// <summary>Null when the statement did not exist at the end of <paramref name="date"/> (UTC).</summary>
    public static async Task<JsonObject?> ReadAsync(RegisterDb db, int statementId, DateOnly date, CancellationToken cancellationToken = default)
    {
        var cutoff = date.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var changes = await db.Changes.AsNoTracking()
            .Where(c => c.StatementId == statementId && c.At < cutoff && Entities.Contains(c.Entity))
            .OrderBy(c => c.Id)
            .Select(c => new { c.Entity, c.EntityId, c.After })
            .ToListAsync(cancellationToken);
        var latest = new Dictionary<(string, string), string?>();
        foreach (var c in changes) latest[(c.Entity, c.EntityId)] = c.After;
        var records = latest.Where(p => p.Value is not null)
            .GroupBy(p => p.Key.Item1, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => Camel(JsonNode.Parse(p.Value!)!.AsObject())).ToList(), StringComparer.Ordinal);

        if (Of(records, "Statement").FirstOrDefault(s => Id(s, "id") == statementId) is not { } statement)
            return null;
        statement["versions"] = Array(Of(records, "StatementVersion").Where(v => Id(v, "statementId") == statementId).OrderBy(v => Id(v, "id")));
        statement["articles"] = Array(Of(records, "Article").Where(a => Id(a, "statementId") == statementId).OrderBy(a => Id(a, "id")));
        var texts = Of(records, "ItemText").ToLookup(t => Id(t, "itemId"));
        var commitments = Of(records, "Commitment").Where(c => Id(c, "statementId") == statementId).ToLookup(c => Id(c, "itemId"));
        var parties = Of(records, "CommitmentParty").ToLookup(p => Id(p, "commitmentId"));
        var agencies = Of(records, "CommitmentAgency").ToLookup(p => Id(p, "commitmentId"));
        var sources = Of(records, "CommitmentSource").ToLookup(p => Id(p, "commitmentId"));
        var targets = Of(records, "Target").ToLookup(p => Id(p, "commitmentId"));
        var measurements = Of(records, "Measurement").ToLookup(p => Id(p, "targetId"));
        var updates = Of(records, "ProgressUpdate").ToLookup(p => Id(p, "commitmentId"));
        var evidence = Of(records, "Evidence").ToLookup(p => Id(p, "updateId"));

        var items = new JsonArray();
        foreach (var item in Of(records, "Item").Where(i => Id(i, "statementId") == statementId).OrderBy(i => Id(i, "ordinal")))
        {
            item["texts"] = Array(texts[Id(item, "id")].OrderBy(t => Id(t, "id")));
            var list = new JsonArray();
            foreach (var c in commitments[Id(item, "id")].OrderBy(c => Id(c, "ordinal")).ThenBy(c => Id(c, "id")))
            {
                int cid = Id(c, "id");
                c["sources"] = Array(sources[cid].OrderBy(s => Id(s, "id")));
                c["parties"] = Array(parties[cid].OrderBy(s => Id(s, "id")));
                c["agencies"] = Array(agencies[cid].OrderBy(s => Id(s, "id")));
                foreach (var t in targets[cid]) t["measurements"] = Array(measurements[Id(t, "id")].OrderBy(m => m["date"]?.GetValue<string>(), StringComparer.Ordinal));
                c["targets"] = Array(targets[cid].OrderBy(s => Id(s, "id")));
                foreach (var u in updates[cid]) u["evidence"] = Array(evidence[Id(u, "id")].OrderBy(e => Id(e, "id")));
                c["updates"] = Array(updates[cid].OrderBy(s => Id(s, "id")));
                list.Add(c);
            }
            item["commitments"] = list;
            items.Add(item);
        }
        statement["items"] = items;
        return new JsonObject { ["asOf"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["statement"] = statement };
    }

    static IEnumerable<JsonObject> Of(Dictionary<string, List<JsonObject>> records, string entity) =>
        records.TryGetValue(entity, out var list) ? list : [];

    static int Id(JsonObject record, string name) =>
        record[name] is JsonValue v && v.TryGetValue<int>(out int n) ? n : 0;

    static JsonArray Array(IEnumerable<JsonObject> records) => new([.. records]);

    static JsonObject Camel(JsonObject record)
    {
        var result = new JsonObject();
        foreach (var (name, value) in record.ToList())
        {
            record.Remove(name);
            result[JsonNamingPolicy.CamelCase.ConvertName(name)] = value;
        }
        return result;
    }
}

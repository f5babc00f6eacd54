using System.Globalization;
using System.Text.Json;
using Concord.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Concord.Data.History;

/// <summary>Takes what a save is about to change, bumps the versions of modified records, and after the save
/// turns it into <see cref="Change"/> rows (added records have their keys only then).</summary>
internal sealed class ChangeRecorder
{
    /// <summary>Kept out of the history: secrets, file contents, and a version's whole text (its hash is there).</summary>
    static readonly HashSet<string> Hidden = ["User.PasswordHash", "ApiToken.Hash", "Evidence.Content", "StatementVersion.Text"];

    readonly List<(EntityEntry Entry, string Operation, string? Before)> pending = [];

    public bool IsEmpty => pending.Count == 0;

    public static ChangeRecorder Capture(DbContext db)
    {
        var recorder = new ChangeRecorder();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is Change or SearchEntry) continue;
            switch (entry.State)
            {
                case EntityState.Added:
                    if (entry.Metadata.FindProperty("Version") is not null) entry.Property("Version").CurrentValue = 1L;
                    recorder.pending.Add((entry, "added", null));
                    break;
                case EntityState.Modified:
                    if (entry.Metadata.FindProperty("Version") is not null)
                        entry.Property("Version").CurrentValue = (long)entry.Property("Version").OriginalValue! + 1;
                    recorder.pending.Add((entry, "modified", Json(entry, original: true)));
                    break;
                case EntityState.Deleted:
                    recorder.pending.Add((entry, "deleted", Json(entry, original: true)));
                    break;
            }
        }
        return recorder;
    }

    public IEnumerable<Change> Complete(string actor, DateTime at) =>
        pending.Select(p => new Change
        {
            At = at,
            Actor = actor,
            Entity = p.Entry.Metadata.ClrType.Name,
            EntityId = Key(p.Entry),
            Operation = p.Operation,
            StatementId = p.Entry.Metadata.FindProperty("StatementId") is null ? null
                : (int?)p.Entry.Property("StatementId").CurrentValue,
            CommitmentId = p.Entry.Metadata.FindProperty("CommitmentId") is null ? null
                : (int?)p.Entry.Property("CommitmentId").CurrentValue,
            Before = p.Before,
            After = p.Operation == "deleted" ? null : Json(p.Entry, original: false),
        });

    static string Key(EntityEntry entry) =>
        Convert.ToString(entry.Property("Id").CurrentValue, CultureInfo.InvariantCulture) ?? "";

    static string Json(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        string type = entry.Metadata.ClrType.Name;
        foreach (var property in entry.Properties)
        {
            string name = property.Metadata.Name;
            if (Hidden.Contains(type + "." + name)) continue;
            values[name] = original ? property.OriginalValue : property.CurrentValue;
        }
        return JsonSerializer.Serialize(values, Options);
    }

    static readonly JsonSerializerOptions Options = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
}

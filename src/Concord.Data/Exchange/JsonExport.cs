using System.Text.Encodings.Web;
using System.Text.Json;
using Concord.Data.Register;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Exchange;

/// <summary>The sheet as a <c>concord.register/1</c> document (see docs/formats.md): the statement, its versions,
/// its items in every language, its commitments with everything attached to them, and the mechanisms and
/// initiatives its items mention.</summary>
public static class JsonExport
{
    public const string Schema = "concord.register/1";

    static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(RegisterDb db, RegisterSheet sheet, Stream stream, CancellationToken cancellationToken = default)
    {
        var s = sheet.Statement;
        var items = await db.Items.AsNoTracking().AsSplitQuery().Where(i => i.StatementId == s.Id)
            .Include(i => i.Texts).Include(i => i.Issues).OrderBy(i => i.Ordinal).ToListAsync(cancellationToken);
        var ids = sheet.Rows.Select(r => r.Commitment.Id).ToList();
        var updates = new List<ProgressUpdate>();
        var measurements = new List<Measurement>();
        foreach (var chunk in ids.Chunk(500))
        {
            updates.AddRange(await db.Updates.AsNoTracking().Include(u => u.Evidence).Where(u => chunk.Contains(u.CommitmentId)).ToListAsync(cancellationToken));
            measurements.AddRange(await db.Measurements.AsNoTracking()
                .Where(m => db.Targets.Any(t => t.Id == m.TargetId && chunk.Contains(t.CommitmentId))).ToListAsync(cancellationToken));
        }
        var mentions = db.Mentions.AsNoTracking().Where(m => db.Items.Any(i => i.Id == m.ItemId && i.StatementId == s.Id));
        var mechanisms = await db.Mechanisms.AsNoTracking().Include(m => m.Meetings)
            .Where(m => mentions.Any(x => x.MechanismId == m.Id)).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var initiatives = await db.Initiatives.AsNoTracking()
            .Where(i => mentions.Any(x => x.InitiativeId == i.Id)).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var languageOf = sheet.Versions.ToDictionary(v => v.Id, v => v.Language);

        await using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        JsonParts.Time(w, "exportedAt", db.Now);
        if (sheet.Agency is { } agency) { w.WritePropertyName("agency"); Agency(w, agency); }
        w.WriteStartObject("statement");
        w.WriteString("key", s.Key);
        w.WriteString("title", s.Title);
        w.WriteString("kind", s.Kind);
        JsonParts.Strings(w, "parties", [s.PartyA, s.PartyB]);
        JsonParts.Date(w, "date", s.Date);
        JsonParts.String(w, "place", s.Place);
        w.WriteNumber("version", s.Version);
        w.WriteEndObject();

        w.WriteStartArray("versions");
        foreach (var v in sheet.Versions)
        {
            w.WriteStartObject();
            w.WriteString("language", v.Language);
            w.WriteString("source", v.Source);
            w.WriteBoolean("official", v.Official);
            w.WriteString("format", v.Format);
            w.WriteString("encoding", v.Encoding);
            w.WriteString("sha256", v.Hash);
            JsonParts.Time(w, "importedAt", v.ImportedAt);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("items");
        foreach (var item in items) JsonParts.Item(w, item, languageOf);
        w.WriteEndArray();

        var updatesOf = updates.ToLookup(u => u.CommitmentId);
        var measurementsOf = measurements.ToLookup(m => m.TargetId);
        w.WriteStartArray("commitments");
        foreach (var row in sheet.Rows)
            JsonParts.Commitment(w, row.Commitment, languageOf, updatesOf[row.Commitment.Id], measurementsOf);
        w.WriteEndArray();

        w.WriteStartArray("mechanisms");
        foreach (var m in mechanisms)
        {
            w.WriteStartObject();
            w.WriteNumber("id", m.Id);
            w.WriteString("name", m.Name);
            JsonParts.String(w, "otherName", m.OtherName);
            JsonParts.String(w, "acronym", m.Acronym);
            if (m.CadenceMonths is { } months) w.WriteNumber("cadenceMonths", months); else w.WriteNull("cadenceMonths");
            w.WriteStartArray("meetings");
            foreach (var meeting in m.Meetings.OrderBy(x => x.Date))
            {
                w.WriteStartObject();
                JsonParts.Date(w, "date", meeting.Date);
                JsonParts.String(w, "place", meeting.Place);
                w.WriteString("note", meeting.Note);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("initiatives");
        foreach (var i in initiatives)
        {
            w.WriteStartObject();
            w.WriteNumber("id", i.Id);
            w.WriteString("kind", i.Kind);
            w.WriteString("name", i.Name);
            JsonParts.String(w, "otherName", i.OtherName);
            JsonParts.Date(w, "date", i.Date);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        await w.FlushAsync(cancellationToken);
    }

    internal static void Agency(Utf8JsonWriter w, Agency a)
    {
        w.WriteStartObject();
        w.WriteNumber("id", a.Id);
        w.WriteString("nameVi", a.NameVi);
        w.WriteString("nameEn", a.NameEn);
        JsonParts.String(w, "acronym", a.Acronym);
        w.WriteString("country", a.Country);
        w.WriteEndObject();
    }
}

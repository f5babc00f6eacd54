using System.Globalization;
using System.Text.Json;
using Concord.Data.Register;

namespace Concord.Data.Exchange;

/// <summary>The parts of a <c>concord.register/1</c> document: items and commitments.</summary>
internal static class JsonParts
{
    public static void Item(Utf8JsonWriter w, Item item, IReadOnlyDictionary<int, string> languageOf)
    {
        w.WriteStartObject();
        w.WriteString("path", item.Path);
        w.WriteString("pillar", item.Pillar);
        w.WriteString("kind", item.Kind);
        w.WriteStartObject("texts");
        foreach (var t in item.Texts.Where(t => languageOf.ContainsKey(t.VersionId)).OrderBy(t => t.VersionId))
        {
            w.WriteStartObject(languageOf[t.VersionId]);
            w.WriteString("path", t.Path);
            w.WriteString("label", t.Label);
            String(w, "heading", t.Heading);
            w.WriteString("text", t.Text);
            Span(w, t.SpanStart, t.SpanEnd);
            w.WriteNumber("alignScore", t.AlignScore);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartArray("issues");
        foreach (var issue in item.Issues.OrderBy(i => i.Id))
        {
            w.WriteStartObject();
            w.WriteString("kind", issue.Kind);
            w.WriteString("detail", issue.Detail);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void Commitment(Utf8JsonWriter w, Commitment c, IReadOnlyDictionary<int, string> languageOf,
        IEnumerable<ProgressUpdate> updates, ILookup<int, Measurement> measurementsOf)
    {
        w.WriteStartObject();
        w.WriteNumber("id", c.Id);
        w.WriteNumber("version", c.Version);
        w.WriteString("item", c.Item.Path);
        w.WriteString("pillar", c.Item.Pillar);
        w.WriteNumber("ordinal", c.Ordinal);
        w.WriteString("text", c.Text);
        w.WriteString("modality", c.Modality);
        w.WriteString("origin", c.Origin);
        w.WriteString("status", StatusNames.Code(c.Status));
        w.WriteStartArray("sources");
        foreach (var s in c.Sources.OrderBy(s => s.VersionId).ThenBy(s => s.SpanStart))
        {
            w.WriteStartObject();
            w.WriteString("language", languageOf.GetValueOrDefault(s.VersionId, ""));
            w.WriteString("text", s.Text);
            Span(w, s.SpanStart, s.SpanEnd);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("deadline");
        Date(w, "start", c.DeadlineStart);
        Date(w, "end", c.DeadlineEnd);
        String(w, "precision", c.DeadlinePrecision);
        String(w, "fiscalYear", c.DeadlineFiscalYear);
        w.WriteString("text", c.DeadlineText);
        w.WriteString("reading", c.DeadlineReading);
        w.WriteEndObject();
        w.WriteStartArray("parties");
        foreach (var p in c.Parties.OrderBy(p => p.Id))
        {
            w.WriteStartObject();
            w.WriteString("party", p.Party);
            w.WriteString("status", StatusNames.Code(p.Status));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("agencies");
        foreach (var a in c.Agencies.OrderBy(a => a.Id))
        {
            w.WriteStartObject();
            w.WriteString("party", a.Party);
            w.WriteString("role", a.Role);
            w.WritePropertyName("agency");
            JsonExport.Agency(w, a.Agency);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("targets");
        foreach (var t in c.Targets.OrderBy(t => t.Id)) Target(w, t, measurementsOf[t.Id]);
        w.WriteEndArray();
        w.WriteStartArray("updates");
        foreach (var u in updates.OrderBy(u => u.Date).ThenBy(u => u.Id)) Update(w, u);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    static void Target(Utf8JsonWriter w, Target t, IEnumerable<Measurement> measurements)
    {
        w.WriteStartObject();
        w.WriteString("metric", t.Metric);
        w.WriteString("unit", t.Unit);
        w.WriteString("comparator", t.Comparator);
        Decimal(w, "value", t.Value);
        if (t.Baseline is { } b) Decimal(w, "baseline", b); else w.WriteNull("baseline");
        Date(w, "baselineDate", t.BaselineDate);
        String(w, "per", t.Per);
        Date(w, "dueDate", t.DueDate);
        w.WriteString("sourceText", t.SourceText);
        w.WriteStartArray("measurements");
        foreach (var m in measurements.OrderBy(m => m.Date).ThenBy(m => m.Id))
        {
            w.WriteStartObject();
            Date(w, "date", m.Date);
            Decimal(w, "value", m.Value);
            w.WriteString("source", m.Source);
            Time(w, "recordedAt", m.RecordedAt);
            w.WriteString("recordedBy", m.RecordedBy);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    static void Update(Utf8JsonWriter w, ProgressUpdate u)
    {
        w.WriteStartObject();
        Date(w, "date", u.Date);
        w.WriteString("author", u.Author);
        String(w, "party", u.Party);
        String(w, "statusBefore", u.StatusBefore is { } before ? StatusNames.Code(before) : null);
        String(w, "statusAfter", u.StatusAfter is { } after ? StatusNames.Code(after) : null);
        w.WriteString("text", u.Text);
        w.WriteStartArray("evidence");
        foreach (var e in u.Evidence.OrderBy(e => e.Id))
        {
            w.WriteStartObject();
            w.WriteString("kind", e.Kind.ToString());
            w.WriteString("title", e.Title);
            String(w, "url", e.Url);
            String(w, "fileName", e.FileName);
            String(w, "contentType", e.ContentType);
            String(w, "sha256", e.Sha256);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void Span(Utf8JsonWriter w, int start, int end)
    {
        w.WriteStartArray("span");
        w.WriteNumberValue(start);
        w.WriteNumberValue(end);
        w.WriteEndArray();
    }

    public static void Date(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d) w.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else w.WriteNull(name);
    }

    public static void Decimal(Utf8JsonWriter w, string name, decimal value)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(value.ToString("0.############", CultureInfo.InvariantCulture), skipInputValidation: true);
    }

    /// <summary>The register keeps UTC; SQLite gives it back without saying so.</summary>
    public static void Time(Utf8JsonWriter w, string name, DateTime value) =>
        w.WriteString(name, DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    public static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}

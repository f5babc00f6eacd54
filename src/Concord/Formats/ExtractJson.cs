using System.Globalization;
using System.Text.Json;
using Concord.Text;
using Concord.Text.Extraction;
using static Concord.Formats.JsonOutput;

namespace Concord.Formats;

/// <summary>Writes the <c>concord.extract/1</c> document (docs/formats.md).</summary>
public static class ExtractJson
{
    public const string Schema = "concord.extract/1";

    public static string Write(ExtractedDocument doc, string? format = null, string? encoding = null) =>
        JsonOutput.Write(w => Write(w, doc, format, encoding));

    public static void Write(Utf8JsonWriter w, ExtractedDocument doc, string? format = null, string? encoding = null)
    {
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("source", doc.Source);
        w.WriteString("language", doc.Language.Code());
        StringOrNull(w, "title", doc.Title);
        StringOrNull(w, "date", doc.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Strings(w, "parties", [.. doc.Parties.Select(p => p.Name)]);
        if (format is not null) w.WriteString("format", format);
        if (encoding is not null) w.WriteString("encoding", encoding);
        w.WriteStartArray("items");
        foreach (var item in doc.Items) Item(w, item);
        w.WriteEndArray();
        w.WriteStartArray("noise");
        foreach (var n in doc.Noise)
        {
            w.WriteStartObject();
            w.WriteString("kind", n.Kind);
            w.WriteString("text", n.Span.Of(doc.Text));
            Span(w, "span", n.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Diagnostics(w, doc.Diagnostics);
        w.WriteEndObject();
    }

    static void Item(Utf8JsonWriter w, ExtractedItem item)
    {
        w.WriteStartObject();
        w.WriteString("path", item.Path);
        w.WriteString("kind", Kebab.Of(item.Kind));
        w.WriteString("label", item.Outline.Label);
        StringOrNull(w, "heading", item.Outline.Heading);
        w.WriteString("text", item.Text);
        Span(w, "span", item.Outline.Span);
        w.WriteStartArray("paragraphs");
        foreach (var p in item.Outline.Paragraphs)
        {
            w.WriteStartArray();
            w.WriteNumberValue(p.Start);
            w.WriteNumberValue(p.End);
            w.WriteEndArray();
        }
        w.WriteEndArray();

        w.WriteStartArray("clauses");
        foreach (var c in item.Clauses)
        {
            w.WriteStartObject();
            w.WriteString("text", c.Text);
            Span(w, "span", c.Span);
            w.WriteString("modality", Kebab.Of(c.Modality));
            Strings(w, "actors", c.Actors);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("quantities");
        foreach (var q in item.Quantities)
        {
            w.WriteStartObject();
            w.WriteString("text", q.Text);
            Span(w, "span", q.Span);
            w.WriteNumber("value", q.Value);
            StringOrNull(w, "unit", q.Unit);
            w.WriteBoolean("approximate", q.Approximate);
            w.WriteString("comparator", Kebab.Of(q.Comparator));
            StringOrNull(w, "per", q.Per);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("dates");
        foreach (var d in item.Dates)
        {
            w.WriteStartObject();
            w.WriteString("text", d.Text);
            Span(w, "span", d.Span);
            w.WriteString("role", Kebab.Of(d.Role));
            StringOrNull(w, "start", d.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            StringOrNull(w, "end", d.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("precision", Kebab.Of(d.Precision));
            StringOrNull(w, "fiscalYear", d.FiscalYear?.ToString());
            StringOrNull(w, "reading", d.Reading);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("entities");
        foreach (var e in item.Entities)
        {
            w.WriteStartObject();
            w.WriteString("text", e.Text);
            Span(w, "span", e.Span);
            w.WriteString("type", Kebab.Of(e.Type));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}

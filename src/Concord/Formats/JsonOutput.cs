using System.Text.Encodings.Web;
using System.Text.Json;
using Concord.Text;

namespace Concord.Formats;

/// <summary>Shared pieces of the JSON contracts.</summary>
public static class JsonOutput
{
    // Output goes to files and pipes, not HTML: Vietnamese and Japanese stay readable instead of \uXXXX.
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
            write(writer);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Span(Utf8JsonWriter w, string name, TextSpan span)
    {
        w.WriteStartArray(name);
        w.WriteNumberValue(span.Start);
        w.WriteNumberValue(span.End);
        w.WriteEndArray();
    }

    public static void SpanOrNull(Utf8JsonWriter w, string name, TextSpan? span)
    {
        if (span is { } s) Span(w, name, s);
        else w.WriteNull(name);
    }

    public static void StringOrNull(Utf8JsonWriter w, string name, string? value)
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

    public static void Diagnostics(Utf8JsonWriter w, IEnumerable<Diagnostic> diagnostics)
    {
        w.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("code", d.Code);
            w.WriteString("message", d.Message);
            SpanOrNull(w, "span", d.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}

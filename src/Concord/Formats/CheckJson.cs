using System.Text.Json;
using Concord.Text;
using Concord.Text.Checking;
using static Concord.Formats.JsonOutput;

namespace Concord.Formats;

/// <summary>Writes the <c>concord.check/1</c> document (docs/formats.md).</summary>
public static class CheckJson
{
    public const string Schema = "concord.check/1";

    public static string Write(CheckResult result) => JsonOutput.Write(w => Write(w, result));

    public static void Write(Utf8JsonWriter w, CheckResult result)
    {
        var a = result.Article;
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteStartObject("article");
        w.WriteString("source", a.Source);
        w.WriteString("language", a.Language.Code());
        StringOrNull(w, "title", a.Title);
        StringOrNull(w, "date", a.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteEndObject();
        w.WriteStartArray("statements");
        foreach (var v in result.Versions)
        {
            w.WriteStartObject();
            w.WriteString("source", v.Source);
            w.WriteString("language", v.Language.Code());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("claims");
        foreach (var c in result.Claims) Claim(w, result, c);
        w.WriteEndArray();
        Summary(w, result.Summary);
        w.WriteEndObject();
    }

    static void Claim(Utf8JsonWriter w, CheckResult result, CheckedClaim c)
    {
        w.WriteStartObject();
        w.WriteString("text", c.Text);
        Span(w, "span", c.Span);
        w.WriteString("verdict", Kebab.Of(c.Verdict));
        w.WriteNumber("confidence", c.Confidence);
        w.WriteString("reason", c.Reason);
        w.WriteString("because", Kebab.Of(c.Because));
        w.WriteStartArray("links");
        foreach (var l in c.Links)
        {
            var version = result.Versions[l.Version];
            w.WriteStartObject();
            w.WriteNumber("statement", l.Version);
            w.WriteString("source", version.Source);
            w.WriteString("language", version.Language.Code());
            w.WriteString("path", l.Path);
            Span(w, "span", l.ItemSpan);
            Span(w, "sentence", l.Sentence);
            w.WriteNumber("score", l.Score);
            w.WriteStartArray("matches");
            foreach (var m in l.Matches)
            {
                w.WriteStartObject();
                Span(w, "claim", m.Claim);
                Span(w, "statement", m.Statement);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("differences");
        foreach (var d in c.Differences)
        {
            w.WriteStartObject();
            w.WriteString("kind", Kebab.Of(d.Kind));
            w.WriteString("claimed", d.Claimed);
            Span(w, "claimSpan", d.ClaimSpan);
            w.WriteString("stated", d.Stated);
            w.WriteNumber("statement", d.Version);
            w.WriteString("path", d.Path);
            Span(w, "statedSpan", d.StatedSpan);
            w.WriteString("detail", d.Detail);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    static void Summary(Utf8JsonWriter w, CheckSummary s)
    {
        w.WriteStartObject("summary");
        w.WriteStartObject("counts");
        foreach (var (verdict, count) in s.Counts) w.WriteNumber(Kebab.Of(verdict), count);
        w.WriteEndObject();
        w.WriteStartArray("readFirst");
        foreach (int i in s.ReadFirst) w.WriteNumberValue(i);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}

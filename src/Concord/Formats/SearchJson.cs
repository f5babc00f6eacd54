using System.Text.Json;
using Concord.Data.Search;

namespace Concord.Formats;

/// <summary>Writes the <c>concord.search/1</c> document: a page of hits, each with its snippet of the original
/// text and the matched ranges as <c>[start, length]</c> in the snippet.</summary>
public static class SearchJson
{
    public const string Schema = "concord.search/1";

    public static string Write(string query, SearchPage page) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("query", query);
        w.WriteNumber("total", page.Total);
        w.WriteBoolean("capped", page.Capped);
        w.WriteNumber("offset", page.Offset);
        w.WriteNumber("limit", page.Limit);
        w.WriteStartArray("hits");
        foreach (var hit in page.Hits) Hit(w, hit);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    static void Hit(Utf8JsonWriter w, SearchHit hit)
    {
        w.WriteStartObject();
        w.WriteString("kind", hit.Kind);
        w.WriteNumber("id", hit.RefId);
        w.WriteString("statement", hit.StatementKey);
        JsonOutput.StringOrNull(w, "item", hit.ItemPath);
        if (hit.CommitmentId is { } c) w.WriteNumber("commitment", c);
        else w.WriteNull("commitment");
        w.WriteString("language", hit.Language);
        w.WriteNumber("score", Math.Round(hit.Score, 4));
        w.WriteStartObject("snippet");
        w.WriteString("text", hit.Snippet.Text);
        w.WriteNumber("start", hit.Snippet.Start);
        w.WriteNumber("end", hit.Snippet.End);
        w.WriteBoolean("cutBefore", hit.Snippet.CutBefore);
        w.WriteBoolean("cutAfter", hit.Snippet.CutAfter);
        w.WriteStartArray("highlights");
        foreach (var range in hit.Snippet.Highlights)
        {
            w.WriteStartArray();
            w.WriteNumberValue(range.Start);
            w.WriteNumberValue(range.Length);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}

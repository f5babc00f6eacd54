using System.Text.Json;
using Concord.Text;
using Concord.Text.Alignment;
using Concord.Text.Extraction;
using static Concord.Formats.JsonOutput;

namespace Concord.Formats;

/// <summary>Writes the <c>concord.align/1</c> document (docs/formats.md).</summary>
public static class AlignJson
{
    public const string Schema = "concord.align/1";

    public static string Write(ExtractedDocument left, ExtractedDocument right, AlignmentResult result) =>
        JsonOutput.Write(w => Write(w, left, right, result));

    public static void Write(Utf8JsonWriter w, ExtractedDocument left, ExtractedDocument right, AlignmentResult result)
    {
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        Side(w, "left", left);
        Side(w, "right", right);
        w.WriteStartArray("pairs");
        foreach (var pair in result.Pairs)
        {
            w.WriteStartObject();
            w.WriteString("left", pair.Left);
            w.WriteString("right", pair.Right);
            w.WriteNumber("score", Math.Round(pair.Score, 3));
            w.WriteStartArray("issues");
            foreach (var issue in pair.Issues)
            {
                w.WriteStartObject();
                w.WriteString("kind", issue.Kind);
                w.WriteString("detail", issue.Detail);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("sentences");
            foreach (var s in pair.Sentences)
            {
                w.WriteStartObject();
                SpanOrNull(w, "left", s.Left);
                SpanOrNull(w, "right", s.Right);
                w.WriteNumber("score", Math.Round(s.Score, 3));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Strings(w, "unmatchedLeft", result.UnmatchedLeft);
        Strings(w, "unmatchedRight", result.UnmatchedRight);
        w.WriteEndObject();
    }

    static void Side(Utf8JsonWriter w, string name, ExtractedDocument doc)
    {
        w.WriteStartObject(name);
        w.WriteString("source", doc.Source);
        w.WriteString("language", doc.Language.Code());
        w.WriteEndObject();
    }
}

using System.Text.Json;
using Concord.Data.Ingest;
using static Concord.Formats.JsonOutput;

namespace Concord.Formats;

/// <summary>Writes the <c>concord.ingest/1</c> report: what an ingest did to each statement.</summary>
public static class IngestJson
{
    public const string Schema = "concord.ingest/1";

    public static string Write(string register, IngestReport report) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("register", register);
        w.WriteStartArray("statements");
        foreach (var s in report.Statements) Statement(w, s);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    static void Statement(Utf8JsonWriter w, StatementReport s)
    {
        w.WriteStartObject();
        w.WriteString("key", s.Key);
        w.WriteString("title", s.Title);
        w.WriteString("outcome", s.Outcome);
        Strings(w, "sources", s.Sources);
        w.WriteStartObject("versions");
        Strings(w, "added", s.VersionsAdded);
        Strings(w, "changed", s.VersionsChanged);
        w.WriteEndObject();
        w.WriteStartObject("items");
        w.WriteNumber("total", s.Items);
        Strings(w, "added", s.ItemsAdded);
        Strings(w, "removed", s.ItemsRemoved);
        Strings(w, "changed", s.ItemsChanged);
        w.WriteEndObject();
        w.WriteStartObject("commitments");
        w.WriteNumber("total", s.Commitments);
        w.WriteNumber("added", s.CommitmentsAdded);
        w.WriteNumber("removed", s.CommitmentsRemoved);
        w.WriteNumber("kept", s.CommitmentsKept);
        Strings(w, "unmatched", s.CommitmentsUnmatched);
        w.WriteEndObject();
        w.WriteNumber("mechanisms", s.Mechanisms);
        w.WriteNumber("initiatives", s.Initiatives);
        w.WriteEndObject();
    }
}

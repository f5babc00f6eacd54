using System.Text.Json;
using Concord.Data.Exchange;

namespace Concord.Formats;

/// <summary>An import report as a <c>concord.import/1</c> document (see docs/formats.md).</summary>
public static class ImportReportJson
{
    public static string Write(string file, ImportReport report) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("schema", "concord.import/1");
        w.WriteString("file", file);
        w.WriteBoolean("dryRun", report.DryRun);
        w.WriteBoolean("applied", report.Applied);
        w.WriteNumber("rowsRead", report.RowsRead);
        w.WriteStartArray("changes");
        foreach (var c in report.Changes)
        {
            w.WriteStartObject();
            w.WriteNumber("row", c.Row);
            w.WriteNumber("commitment", c.Commitment);
            w.WriteString("column", c.Column);
            w.WriteString("before", c.Before);
            w.WriteString("after", c.After);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("rejected");
        foreach (var r in report.Rejections)
        {
            w.WriteStartObject();
            w.WriteNumber("row", r.Row);
            if (r.Commitment is { } id) w.WriteNumber("commitment", id); else w.WriteNull("commitment");
            w.WriteString("column", r.Column);
            w.WriteString("reason", r.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        JsonOutput.Strings(w, "ignoredColumns", report.IgnoredColumns);
        w.WriteEndObject();
    });
}

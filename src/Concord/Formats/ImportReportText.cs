using System.Globalization;
using Concord.Data.Exchange;

namespace Concord.Formats;

/// <summary>An import report for a person: a summary line, the changes, the rejected rows with their reasons.</summary>
public static class ImportReportText
{
    public static void Write(TextWriter output, string file, ImportReport report)
    {
        string verb = report.DryRun ? "would change" : "changed";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{file}: {report.RowsRead} rows read; {verb} {report.Changes.Count} values of {report.CommitmentsChanged} commitments; {report.Rejections.Count} rejected{(report.DryRun ? " (dry run: nothing written)" : "")}"));
        foreach (var c in report.Changes)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  row {c.Row}, commitment {c.Commitment}, {c.Column}: {Shown(c.Before)} → {Shown(c.After)}"));
        if (report.Rejections.Count > 0) output.WriteLine("rejected:");
        foreach (var r in report.Rejections)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  row {r.Row}{(r.Commitment is { } id ? $", commitment {id}" : "")}, {r.Column}: {r.Reason}"));
        if (report.IgnoredColumns.Count > 0)
            output.WriteLine("columns not read: " + string.Join(", ", report.IgnoredColumns));
    }

    static string Shown(string value) => value.Length == 0 ? "(none)" : value;
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Concord.Data.Reports;

/// <summary>The report as a workbook with a sheet per part: the summary (commitments by pillar, with a total row),
/// the commitments, the targets, the mechanisms. Headers in the report's language, frozen.</summary>
public static class ReportXlsx
{
    public static void Write(ImplementationReport report, Stream stream) =>
        Exchange.SeekableOutput.Write(stream, output => WritePackage(report, output));

    static void WritePackage(ImplementationReport report, Stream stream)
    {
        var l = ReportLabels.For(report.Language);
        using var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Exchange.SheetStyles.Create();
        var sheets = new Sheets();
        void Add(string name, IReadOnlyList<string> title, (string, double)[] columns, IEnumerable<object?[]> rows)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            ReportSheetWriter.Write(part, title, columns, rows);
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
        }

        string asOf = $"{l.AsOf}: {l.Date(report.AsOf)}" + (report.Historical ? $" ({l.Historical})" : "");
        Add(l.Summary, [$"{l.Title}: {report.Statement.Title}", asOf],
            [(l.Pillar, 10), (l.Heading, 50), (l.Total, 10), (l.Done, 14), (l.InProgress, 14), (l.NotStarted, 14),
             (l.Stalled, 12), (l.Overdue, 12), (l.DueSoon, 14), (l.Closed, 14)],
            Summary(report, l));
        Add(l.Commitments, [],
            [(l.Pillar, 8), (l.Item, 8), (l.Section, 20), (l.Commitment, 60), (l.Status, 16), (l.Deadline, 30), (l.DueDate, 12),
             (l.DaysOverdue, 12), (l.Lead, 30), (l.Support, 30), (l.LatestUpdate, 12), (l.Reason + " / " + l.LatestUpdate, 60)],
            report.AllCommitments().Select(x => new object?[]
            {
                x.Pillar.Pillar, x.Commitment.Path, l.SectionName(x.Section), x.Commitment.Text, l.StatusName(x.Commitment.Status),
                x.Commitment.DeadlineText, x.Commitment.DeadlineEnd, x.Commitment.DaysOverdue,
                string.Join("; ", x.Commitment.Lead), string.Join("; ", x.Commitment.Support),
                x.Commitment.LatestUpdate?.Date, x.Commitment.LatestUpdate?.Text,
            }));
        Add(l.Targets.Length > 31 ? l.Targets[..31] : l.Targets, [],
            [(l.Item, 8), (l.Metric, 30), (l.Target, 24), (l.TargetValue, 14), (l.Baseline, 12), (l.Latest, 12), (l.MeasuredOn, 12),
             (l.DueDate, 12), (l.NeededPerYear, 14), (l.AchievedPerYear, 14), (l.Pace, 18)],
            report.AllTargets().Select(t => new object?[]
            {
                t.Path, t.Metric, ReportCells.Target(t, l), t.Value, t.Baseline, t.Pace.Latest, t.Pace.LatestDate, t.DueDate,
                t.Pace.NeededPerYear, t.Pace.AchievedPerYear, l.PaceName(t.Pace.State),
            }));
        Add(l.Mechanisms, [],
            [(l.Mechanism, 40), (l.OtherName, 40), (l.Cadence, 18), (l.Meetings, 10), (l.LastMet, 12), (l.DueBy, 12), (l.Status, 16)],
            report.Mechanisms.Select(m => new object?[]
            {
                m.Name, m.OtherName, l.CadenceText(m.CadenceMonths), m.Meetings, m.Cadence.LastMet, m.Cadence.DueBy, ReportCells.Cadence(m, l),
            }));
        workbook.Workbook.Append(sheets);
        workbook.Workbook.Save();
    }

    static IEnumerable<object?[]> Summary(ImplementationReport report, ReportLabels l)
    {
        static object?[] Counts(string pillar, string heading, ReportCounts c) =>
            [pillar, heading, c.Total, c.Completed, c.InProgress, c.NotStarted, c.Stalled, c.Overdue, c.DueSoon, c.Closed];
        foreach (var p in report.Pillars) yield return Counts(p.Pillar, p.Heading, p.Counts);
        yield return Counts(l.Total, "", report.Summary.Commitments);
    }
}

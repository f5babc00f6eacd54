using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Concord.Data.Reports.ReportDocxStyles;

namespace Concord.Data.Reports;

/// <summary>The report as a Word document: the title, the statement, the day; a summary table; a Heading 1 per pillar
/// with a Heading 2 and a table per section that has commitments, then its targets; and the mechanisms. A4, the
/// document's language set to the report's.</summary>
public static class ReportDocx
{
    public static void Write(ImplementationReport report, Stream stream) =>
        Exchange.SeekableOutput.Write(stream, output => WritePackage(report, output));

    static void WritePackage(ImplementationReport report, Stream stream)
    {
        var l = ReportLabels.For(report.Language);
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = Exchange.XmlText.Safe($"{l.Title}: {report.Statement.Title}");
        document.PackageProperties.Language = l.Culture.Name;
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Create(l.Culture.Name);

        var body = new Body();
        body.Append(Para(Title, l.Title), Para(Subtitle, report.Statement.Title));
        var s = report.Statement;
        string signed = $"{l.SignedOn}: {l.Date(s.Date)}";
        if (!string.IsNullOrWhiteSpace(s.Place)) signed += $" · {l.Place}: {s.Place}";
        body.Append(Para(null, $"{s.PartyA} – {s.PartyB} · {signed}"), Para(null, $"{l.AsOf}: {l.Date(report.AsOf)}", bold: true));
        if (report.Historical) body.Append(Para(null, l.Historical));

        body.Append(Para(Heading1, l.Summary), SummaryTable(report, l));
        foreach (var pillar in report.Pillars) Pillar(body, pillar, l);

        body.Append(Para(Heading1, l.Mechanisms));
        if (report.Mechanisms.Count == 0) body.Append(Para(null, l.Nothing));
        else body.Append(Table([l.Mechanism, l.Cadence, l.Meetings, l.LastMet, l.DueBy, l.Status],
            report.Mechanisms.Select(m => new[]
            {
                m.OtherName is { } other ? $"{m.Name} ({other})" : m.Name, l.CadenceText(m.CadenceMonths), l.Number(m.Meetings),
                l.Date(m.Cadence.LastMet), l.Date(m.Cadence.DueBy), ReportCells.Cadence(m, l),
            })));
        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    static Table SummaryTable(ImplementationReport report, ReportLabels l)
    {
        var c = report.Summary.Commitments;
        var m = report.Summary;
        (string, int)[] rows =
        [
            ($"{l.Commitments}: {l.Total.ToLower(l.Culture)}", c.Total), (l.Done, c.Completed), (l.InProgress, c.InProgress),
            (l.NotStarted, c.NotStarted), (l.Stalled, c.Stalled), (l.Overdue, c.Overdue), (l.DueSoon, c.DueSoon), (l.Closed, c.Closed),
            ($"{l.Targets}: {l.Total.ToLower(l.Culture)}", m.Targets), (l.Met, m.TargetsMet), (l.OnTrack, m.TargetsOnTrack),
            (l.Behind, m.TargetsBehind), (l.Unknown, m.TargetsUnknown), (l.Mechanisms, m.Mechanisms), (l.MechanismsLapsed, m.MechanismsLapsed),
        ];
        return Table([l.Summary, l.Value], rows.Select(r => new[] { r.Item1, l.Number(r.Item2) }));
    }

    static void Pillar(Body body, ReportPillar p, ReportLabels l)
    {
        body.Append(Para(Heading1, ReportCells.PillarTitle(p, l)));
        var c = p.Counts;
        body.Append(Para(null, $"{l.Total}: {c.Total} · {l.Done}: {c.Completed} · {l.InProgress}: {c.InProgress} · "
            + $"{l.Stalled}: {c.Stalled} · {l.Overdue}: {c.Overdue} · {l.NotStarted}: {c.NotStarted}"));
        foreach (var (section, rows) in p.Sections())
        {
            if (rows.Count == 0) continue;
            body.Append(Para(Heading2, l.SectionName(section)));
            body.Append(section == ReportSection.Late
                ? Table([l.Item, l.Commitment, l.Deadline, l.Status, l.Lead, l.Reason], rows.Select(r => new[]
                {
                    r.Path, r.Text, ReportCells.Deadline(r, l),
                    r.DaysOverdue is { } days ? $"{l.Overdue}: {l.Number(days)}" : l.StatusName(r.Status),
                    ReportCells.Agencies(r.Lead), ReportCells.Update(r.LatestUpdate, l),
                }))
                : Table([l.Item, l.Commitment, l.Deadline, l.Lead, l.LatestUpdate], rows.Select(r => new[]
                {
                    r.Path, r.Text, ReportCells.Deadline(r, l), ReportCells.Agencies(r.Lead), ReportCells.Update(r.LatestUpdate, l),
                })));
        }
        if (p.Targets.Count == 0) return;
        body.Append(Para(Heading2, l.Targets));
        body.Append(Table([l.Item, l.Metric, l.Target, l.Baseline, l.Latest, l.DueDate, l.NeededPerYear, l.AchievedPerYear, l.Pace],
            p.Targets.Select(t => new[]
            {
                t.Path, t.Metric, ReportCells.Target(t, l), l.Number(t.Baseline),
                t.Pace.Latest is { } v ? $"{l.Number(v)} ({l.Date(t.Pace.LatestDate)})" : "—", l.Date(t.DueDate),
                l.Number(t.Pace.NeededPerYear), l.Number(t.Pace.AchievedPerYear), l.PaceName(t.Pace.State),
            })));
    }

    static Paragraph Para(string? style, string text, bool bold = false)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(Run(text, bold));
        return paragraph;
    }

    /// <summary>A run of text, its line breaks kept as breaks.</summary>
    static Run Run(string text, bool bold)
    {
        var run = new Run();
        if (bold) run.Append(new RunProperties(new Bold()));
        var lines = Exchange.XmlText.Safe(text).ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    static Table Table(string[] headers, IEnumerable<string[]> rows)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = ReportDocxStyles.Table },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableLook { Val = "04A0" }));
        var grid = new TableGrid();
        foreach (var _ in headers) grid.Append(new GridColumn());
        table.Append(grid);
        // The header row repeats on every page a long table runs over.
        table.Append(Row(headers, header: true));
        foreach (var cells in rows) table.Append(Row(cells, header: false));
        return table;
    }

    static TableRow Row(string[] cells, bool header)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new TableHeader()));
        foreach (var text in cells)
            row.Append(new TableCell(new Paragraph(Run(text, header))));
        return row;
    }
}

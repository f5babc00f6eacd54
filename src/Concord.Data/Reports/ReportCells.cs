using System.Text;

namespace Concord.Data.Reports;

/// <summary>How the report's documents write a deadline, an update, a target, a mechanism's state: the same words
/// in DOCX and XLSX.</summary>
internal static class ReportCells
{
    public static string Deadline(ReportCommitment c, ReportLabels labels)
    {
        string words = c.DeadlineText.Trim();
        if (c.DeadlineEnd is not { } end) return words.Length > 0 ? words : "—";
        return words.Length > 0 ? $"{words} ({labels.Date(end)})" : labels.Date(end);
    }

    public static string Update(ReportUpdate? update, ReportLabels labels) =>
        update is null ? labels.NoUpdate : $"{labels.Date(update.Date)}: {update.Text}";

    /// <summary>"≥ 20.000 kỹ sư mỗi năm".</summary>
    public static string Target(ReportTarget t, ReportLabels labels)
    {
        string comparator = t.Comparator switch { "gt" => ">", "gte" => "≥", "lt" => "<", "lte" => "≤", "approx" => "≈", _ => "=" };
        var b = new StringBuilder().Append(comparator).Append(' ').Append(labels.Number(t.Value));
        if (t.Unit.Length > 0) b.Append(' ').Append(t.Unit);
        if (t.Per is { } per) b.Append(labels.Language == "vi" ? " mỗi " + PerVi(per) : " per " + per);
        return b.ToString();
    }

    static string PerVi(string per) => per switch
    {
        "year" => "năm", "month" => "tháng", "quarter" => "quý", "week" => "tuần", "day" => "ngày", _ => per,
    };

    public static string Cadence(ReportMechanism m, ReportLabels labels) =>
        m.Cadence.DueBy is null ? labels.NoCadence : m.Cadence.Lapsed ? labels.Lapsed : labels.MetInCadence;

    public static string Agencies(IReadOnlyList<string> names) => names.Count == 0 ? "—" : string.Join("; ", names);

    public static string PillarTitle(ReportPillar p, ReportLabels labels) =>
        p.Heading.Length > 0 ? $"{labels.PillarName(p.Pillar)}. {p.Heading}" : labels.PillarName(p.Pillar);
}

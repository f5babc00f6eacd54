using System.Globalization;
using System.Text;
using Concord.Data;
using Concord.Data.Reports;
using Concord.Data.Tracking;
using Concord.Features.Reports;
using Concord.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Report;

/// <summary><c>/report</c> and <c>/statements/{key}/report</c>: a statement's implementation report in Vietnamese or
/// English, as of today or a past day, as a printable page, with the same report to download as DOCX and XLSX.</summary>
public sealed class ReportModel(RegisterDb db, TrackingOptions tracking, RegisterMemo memo) : PageModel
{
    [FromRoute(Name = "key")] public string? Key { get; set; }
    [FromQuery(Name = "statement")] public string? Statement { get; set; }
    [FromQuery(Name = "lang")] public string? Language { get; set; }
    [FromQuery(Name = "asOf")] public string? AsOf { get; set; }

    public ImplementationReport? Report { get; private set; }
    public ReportLabels Labels { get; private set; } = ReportLabels.Vi;
    public IReadOnlyList<(string Key, string Title)> Statements { get; private set; } = [];
    public DateOnly Today { get; private set; }
    /// <summary>The resource key of what is wrong with the day asked for, if anything.</summary>
    public string? AsOfProblem { get; private set; }
    public bool Missing { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Statements = (await db.Statements.AsNoTracking().OrderByDescending(s => s.Date).ThenBy(s => s.Key).Take(200)
            .Select(s => new { s.Key, s.Title }).ToListAsync(ct)).Select(s => (s.Key, s.Title)).ToList();
        string? key = !string.IsNullOrWhiteSpace(Key) ? Key : !string.IsNullOrWhiteSpace(Statement) ? Statement : null;
        Statement = key;
        if (Language is not ("vi" or "en"))
            Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi" ? "vi" : "en";
        Labels = ReportLabels.For(Language);
        Today = Deadlines.Today(db.Clock);
        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(AsOf))
        {
            if (!DateOnly.TryParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                AsOfProblem = "Report.BadAsOf";
            else if (d > Today) AsOfProblem = "Report.FutureAsOf";
            else day = d;
        }
        else AsOf = null;
        if (key is null || AsOfProblem is not null) return Page();

        Report = await ReportsApi.BuildAsync(db, memo, tracking, key, Language, day, ct);
        if (Report is null)
        {
            if (Key is not null && !await db.Statements.AnyAsync(s => s.Key == key, ct)) return NotFound();
            Missing = true;
        }
        return Page();
    }

    /// <summary>The report API's address for a download of the same report.</summary>
    public string Download(string format) => "/api/statements/" + Uri.EscapeDataString(Statement ?? "") + "/report"
        + QueryString.Create(new Dictionary<string, string?> { ["lang"] = Language, ["asOf"] = AsOf, ["format"] = format }
            .Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    public string Date(DateOnly? date) => Labels.Date(date);

    public string Deadline(ReportCommitment c)
    {
        string words = c.DeadlineText.Trim();
        if (c.DeadlineEnd is not { } end) return words.Length > 0 ? words : "—";
        return words.Length > 0 ? $"{words} ({Labels.Date(end)})" : Labels.Date(end);
    }

    public string PillarTitle(ReportPillar p) =>
        p.Heading.Length > 0 ? $"{Labels.PillarName(p.Pillar)}. {p.Heading}" : Labels.PillarName(p.Pillar);

    public string Target(ReportTarget t)
    {
        string comparator = t.Comparator switch { "gt" => ">", "gte" => "≥", "lt" => "<", "lte" => "≤", "approx" => "≈", _ => "=" };
        var b = new StringBuilder().Append(comparator).Append(' ').Append(Labels.Number(t.Value));
        if (t.Unit.Length > 0) b.Append(' ').Append(t.Unit);
        if (t.Per is { } per) b.Append(Labels.Language == "vi" ? " / " : " per ").Append(per);
        return b.ToString();
    }

    public string Cadence(ReportMechanism m) =>
        m.Cadence.DueBy is null ? Labels.NoCadence : m.Cadence.Lapsed ? Labels.Lapsed : Labels.MetInCadence;

    public static string Names(IReadOnlyList<string> names) => names.Count == 0 ? "—" : string.Join("; ", names);
}

using System.Globalization;
using Concord.Data;
using Concord.Data.Register;
using Concord.Data.Tracking;
using Concord.Features.Charts;
using Concord.Formats;
using Concord.Resources;
using Concord.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Concord.Features.Timeline;

/// <summary><c>/timeline</c>: the deadlines and events of one statement or all, filtered by point, agency and status,
/// as a chart drawn on the server, the same rows as a table, and the calendar feed of the filter.</summary>
public sealed class TimelineModel(RegisterDb db, TrackingOptions tracking, RegisterMemo memo, IStringLocalizer<Strings> l) : PageModel
{
    [FromQuery(Name = "statement")] public string? Statement { get; set; }
    [FromQuery(Name = "pillar")] public string? Pillar { get; set; }
    [FromQuery(Name = "agency")] public int? Agency { get; set; }
    [FromQuery(Name = "status")] public string? Status { get; set; }

    public TimelineResult? Result { get; private set; }
    public string Svg { get; private set; } = "";
    public IReadOnlyList<(string Key, string Title)> Statements { get; private set; } = [];
    public IReadOnlyList<string> Pillars { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Agencies { get; private set; } = [];
    public static IReadOnlyList<CommitmentStatus> StatusOptions { get; } = Enum.GetValues<CommitmentStatus>();

    /// <summary>As many rows as a person reads on one page; the count says how many more a filter would show.</summary>
    public const int RowLimit = 150;

    static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi" ? "vi" : "en";

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        string language = Language;
        Statements = (await db.Statements.AsNoTracking().OrderByDescending(s => s.Date).ThenBy(s => s.Key).Take(200)
            .Select(s => new { s.Key, s.Title }).ToListAsync(ct)).Select(s => (s.Key, s.Title)).ToList();
        Agencies = (await db.Agencies.AsNoTracking().OrderBy(a => a.Id).Take(1000)
            .Select(a => new { a.Id, a.NameVi, a.NameEn }).ToListAsync(ct))
            .Select(a => (a.Id, language == "vi" ? a.NameVi : a.NameEn)).OrderBy(a => a.Item2, StringComparer.CurrentCulture).ToList();
        if (string.IsNullOrWhiteSpace(Statement)) Statement = null;
        if (string.IsNullOrWhiteSpace(Pillar)) Pillar = null;
        var pillars = db.Items.AsNoTracking().Where(i => i.Pillar != "");
        if (Statement is not null) pillars = pillars.Where(i => i.Statement.Key == Statement);
        // The points of every item of the register, for the filter: kept until the register changes.
        Pillars = await memo.GetAsync(db, $"timeline-points|{Statement}", async () => (IReadOnlyList<string>)
            (await pillars.Select(i => i.Pillar).Distinct().ToListAsync(ct)).OrderBy(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).ToList(), ct);

        var statuses = new List<CommitmentStatus>();
        if (Status is not null && StatusOptions.FirstOrDefault(s => Kebab.Of(s) == Status) is var chosen && Kebab.Of(chosen) == Status)
            statuses.Add(chosen);
        else Status = null;

        // Ordering every dated commitment of the register by its deadline is the page's cost: kept until the register changes.
        Result = await memo.GetAsync(db, $"timeline|{Statement}|{Pillar}|{Agency}|{Status}|{language}", () => Data.Tracking.Timeline.LoadAsync(db,
            new TimelineFilter(Statement, Pillar, Agency, statuses, RowLimit), language, tracking.DueSoonDays, ct), ct);
        if (Result is null) return NotFound();
        Svg = TimelineChart.Render(Result.Rows, Labels(), CultureInfo.CurrentCulture, Result.Today, Link);
        return Page();
    }

    TimelineChartLabels Labels() => new(l["Timeline.ChartTitle"], l["Timeline.ChartDescription"], l["Timeline.Today"],
        Enum.GetValues<ChartBand>().ToDictionary(b => b, b => l["Band." + b].Value));

    public string BandName(TimelineRow row) => l["Band." + TimelineChart.BandOf(row)].Value;

    public static string? Link(TimelineRow row) => row.Kind == TimelineKind.Deadline
        ? "/commitments/" + row.Id.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>The calendar feed of the statement and agency chosen (the feed has no other filter).</summary>
    public string CalendarLink => "/api/calendar.ics" + QueryString.Create(new Dictionary<string, string?>
    {
        ["statement"] = Statement, ["agency"] = Agency?.ToString(CultureInfo.InvariantCulture), ["lang"] = Language,
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}

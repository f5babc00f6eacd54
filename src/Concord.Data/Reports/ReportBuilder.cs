using Concord.Data.Register;
using Concord.Data.Tracking;

namespace Concord.Data.Reports;

/// <summary>Turns a <see cref="ReportSource"/> into an <see cref="ImplementationReport"/> for one day and language:
/// pure, so that the live and the historical report are built the same way.</summary>
internal static class ReportBuilder
{
    const int HeadingLength = 160;

    public static ImplementationReport Build(ReportSource source, string language, DateOnly day, bool historical, int dueSoonDays)
    {
        var s = source.Statement;
        var items = source.Items.OrderBy(i => i.Ordinal).ThenBy(i => i.Id).ToList();
        var itemOrder = new Dictionary<int, int>();
        foreach (var item in items) itemOrder[item.Id] = itemOrder.Count;
        var itemsById = items.ToDictionary(i => i.Id);
        var ordered = source.Commitments.Where(c => itemsById.ContainsKey(c.ItemId))
            .OrderBy(c => itemOrder[c.ItemId]).ThenBy(c => c.Ordinal).ThenBy(c => c.Id).ToList();

        var pillars = new List<ReportPillar>();
        int ordinal = 0;
        foreach (var group in ordered.GroupBy(c => itemsById[c.ItemId].Pillar, StringComparer.Ordinal))
        {
            var rows = group.Select(c => (Commitment: c, Row: Row(c, itemsById[c.ItemId].Path, ordinal++, source, language, day, dueSoonDays))).ToList();
            List<ReportCommitment> Of(ReportSection section) => [.. rows.Where(r => SectionOf(r.Row) == section).Select(r => r.Row)];
            var targets = rows.SelectMany(r => r.Commitment.Targets.OrderBy(t => t.Id)
                .Select(t => Target(t, r.Row.Path, day))).ToList();
            pillars.Add(new ReportPillar(group.Key, Heading(items, group.Key, source.LanguageOfVersion, language),
                Count(rows.Select(r => r.Row)), Of(ReportSection.Done), Of(ReportSection.InProgress), Of(ReportSection.Late),
                Of(ReportSection.NotStarted), Of(ReportSection.Closed), targets));
        }

        var mechanisms = source.Mechanisms.Select(m => new ReportMechanism(m.Mechanism.Id, m.Mechanism.Name, m.Mechanism.OtherName,
            m.Mechanism.CadenceMonths, m.Mechanism.Meetings.Count(x => x.Date <= day),
            MechanismCadence.Evaluate(m.Mechanism, m.Mechanism.Meetings, m.NamedOn, day))).ToList();
        var allTargets = pillars.SelectMany(p => p.Targets).ToList();
        var summary = new ReportSummary(
            Count(pillars.SelectMany(p => p.Sections().SelectMany(x => x.Commitments))),
            allTargets.Count,
            allTargets.Count(t => t.Pace.State == PaceState.Met),
            allTargets.Count(t => t.Pace.State == PaceState.OnTrack),
            allTargets.Count(t => t.Pace.State == PaceState.Behind),
            allTargets.Count(t => t.Pace.State == PaceState.Unknown),
            mechanisms.Count,
            mechanisms.Count(m => m.Cadence.Lapsed));
        var header = new ReportHeader(s.Key, s.Title, s.PartyA, s.PartyB, s.Date, s.Place);
        return new ImplementationReport(ImplementationReport.SchemaName, language, day, historical, header, summary, pillars, mechanisms);
    }

    /// <summary>Late first: an overdue or stalled commitment is reported with its reason, whatever its status.</summary>
    public static ReportSection SectionOf(ReportCommitment c) => c switch
    {
        { Deadline: DeadlineState.Overdue } or { Status: CommitmentStatus.Stalled } => ReportSection.Late,
        { Status: CommitmentStatus.Completed } => ReportSection.Done,
        { Status: CommitmentStatus.InProgress } => ReportSection.InProgress,
        { Status: CommitmentStatus.NotStarted } => ReportSection.NotStarted,
        _ => ReportSection.Closed,
    };

    static ReportCommitment Row(Commitment c, string path, int ordinal, ReportSource source, string language, DateOnly day, int dueSoonDays)
    {
        var state = Deadlines.Evaluate(c.DeadlineEnd, c.Status, day, dueSoonDays);
        var latest = c.Updates.Where(u => u.Date <= day)
            .OrderBy(u => u.Date).ThenBy(u => u.CreatedAt).ThenBy(u => u.Id).LastOrDefault();
        return new ReportCommitment(c.Id, ordinal, path, TextIn(c, source.LanguageOfVersion, language), c.Status, state,
            c.DeadlineEnd, c.DeadlineText,
            state == DeadlineState.Overdue && c.DeadlineEnd is { } end ? day.DayNumber - end.DayNumber : null,
            Agencies(c, "lead", language), Agencies(c, "support", language),
            latest is null ? null : new ReportUpdate(latest.Date, latest.Text, latest.StatusAfter));
    }

    /// <summary>The clause as the version in <paramref name="language"/> says it, unless a person reworded it.</summary>
    static string TextIn(Commitment c, IReadOnlyDictionary<int, string> languages, string language)
    {
        if (c.Origin == "edited") return c.Text;
        var own = c.Sources.Where(x => languages.TryGetValue(x.VersionId, out var l) && l == language)
            .OrderBy(x => x.SpanStart).Select(x => x.Text).ToList();
        return own.Count > 0 ? string.Join(" ", own) : c.Text;
    }

    static List<string> Agencies(Commitment c, string role, string language) =>
        [.. c.Agencies.Where(a => a.Role == role && a.Agency is not null).OrderBy(a => a.Id)
            .Select(a => language == "vi" ? a.Agency.NameVi : a.Agency.NameEn)];

    static ReportTarget Target(Target t, string path, DateOnly day)
    {
        var measured = t.Measurements.Where(m => m.Date <= day).OrderBy(m => m.Date).ThenBy(m => m.Id).ToList();
        return new ReportTarget(t.Id, t.CommitmentId, path, t.Metric, t.Unit, t.Comparator, t.Value, t.Per, t.Baseline, t.BaselineDate,
            t.DueDate, TargetPace.Compute(t, measured, day), [.. measured.Select(m => new ReportMeasurement(m.Date, m.Value, m.Source))]);
    }

    static ReportCounts Count(IEnumerable<ReportCommitment> commitments)
    {
        int total = 0, completed = 0, inProgress = 0, notStarted = 0, stalled = 0, closed = 0, overdue = 0, dueSoon = 0;
        foreach (var c in commitments)
        {
            total++;
            switch (c.Status)
            {
                case CommitmentStatus.Completed: completed++; break;
                case CommitmentStatus.InProgress: inProgress++; break;
                case CommitmentStatus.NotStarted: notStarted++; break;
                case CommitmentStatus.Stalled: stalled++; break;
                default: closed++; break;
            }
            if (c.Deadline == DeadlineState.Overdue) overdue++;
            else if (c.Deadline == DeadlineState.DueSoon) dueSoon++;
        }
        return new ReportCounts(total, completed, inProgress, notStarted, stalled, closed, overdue, dueSoon);
    }

    /// <summary>The pillar's own item's heading, or the start of its text, in the report's language when a version
    /// in it has the item, in the first version's otherwise; empty when the pillar has no item of its own.</summary>
    static string Heading(List<Item> items, string pillar, IReadOnlyDictionary<int, string> languages, string language)
    {
        var item = items.FirstOrDefault(i => i.Path == pillar) ?? items.FirstOrDefault(i => i.Pillar == pillar);
        if (item is null || item.Texts.Count == 0) return "";
        var text = item.Texts.FirstOrDefault(t => languages.TryGetValue(t.VersionId, out var l) && l == language)
            ?? item.Texts.OrderBy(t => t.VersionId).First();
        if (!string.IsNullOrWhiteSpace(text.Heading)) return text.Heading.Trim();
        return item.Path == pillar ? Clip(text.Text) : "";
    }

    static string Clip(string text)
    {
        text = text.ReplaceLineEndings(" ").Trim();
        if (text.Length <= HeadingLength) return text;
        int cut = text.LastIndexOf(' ', HeadingLength - 1);
        return text[..(cut > HeadingLength / 2 ? cut : HeadingLength - 1)].TrimEnd(' ', ',', ';') + "…";
    }
}

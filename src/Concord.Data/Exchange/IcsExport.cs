using System.Globalization;
using System.Text;
using Concord.Data.Register;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Exchange;

/// <summary>The sheet's deadlines and the events its items mention as an iCalendar feed. Each deadline is an
/// all-day event on the last day of its range, with a UID made of the commitment's id and the statement's key
/// and a SEQUENCE that is the commitment's version: a calendar that subscribed updates the event when the
/// deadline moves instead of adding a second one.</summary>
public static class IcsExport
{
    const int SummaryLength = 120;

    public static Task WriteAsync(RegisterDb db, RegisterSheet sheet, string language, Stream stream, CancellationToken cancellationToken = default)
    {
        var s = sheet.Statement;
        string name = sheet.Agency is { } agency ? $"{s.Title} — {SheetCells.AgencyName(agency, language)}" : s.Title;
        return WriteAsync(db, [sheet], name, language, stream, cancellationToken);
    }

    /// <summary>Several statements' sheets as one feed named <paramref name="name"/>, e.g. one agency's deadlines
    /// under every statement; the UIDs are those of the one-statement feeds.</summary>
    public static async Task WriteAsync(RegisterDb db, IReadOnlyList<RegisterSheet> sheets, string name, string language, Stream stream,
        CancellationToken cancellationToken = default)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Concord//Register//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        var stamp = new CalDateTime(DateTime.SpecifyKind(db.Now, DateTimeKind.Utc), "UTC", hasTime: true);
        foreach (var sheet in sheets)
            await AddAsync(db, calendar, sheet, stamp, language, cancellationToken);
        string text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        await stream.WriteAsync(new UTF8Encoding(false).GetBytes(text), cancellationToken);
    }

    static async Task AddAsync(RegisterDb db, Ical.Net.Calendar calendar, RegisterSheet sheet, CalDateTime stamp, string language, CancellationToken cancellationToken)
    {
        var s = sheet.Statement;
        foreach (var row in sheet.Rows)
        {
            var c = row.Commitment;
            if ((c.DeadlineEnd ?? c.DeadlineStart) is not { } due) continue;
            var e = new CalendarEvent
            {
                Uid = $"commitment-{c.Id.ToString(CultureInfo.InvariantCulture)}.{s.Key}@concord",
                Sequence = (int)Math.Min(c.Version, int.MaxValue),
                DtStamp = stamp,
                DtStart = new CalDateTime(due),
                DtEnd = new CalDateTime(due.AddDays(1)),
                Summary = Clip($"{c.Item.Path}: {c.Text}"),
                Description = Description(row, language),
                Transparency = "TRANSPARENT",
            };
            e.Categories.Add(language == "vi" ? "Thời hạn" : "Deadline");
            calendar.Events.Add(e);
        }

        if (sheet.Agency is null)
        {
            var events = await db.Initiatives.AsNoTracking()
                .Where(i => i.Kind == "event" && i.Date != null
                    && db.Mentions.Any(m => m.InitiativeId == i.Id && db.Items.Any(x => x.Id == m.ItemId && x.StatementId == s.Id)))
                .OrderBy(i => i.Id).ToListAsync(cancellationToken);
            foreach (var i in events)
            {
                var e = new CalendarEvent
                {
                    Uid = $"event-{i.Id.ToString(CultureInfo.InvariantCulture)}.{s.Key}@concord",
                    Sequence = (int)Math.Min(i.Version, int.MaxValue),
                    DtStamp = stamp,
                    DtStart = new CalDateTime(i.Date!.Value),
                    DtEnd = new CalDateTime(i.Date.Value.AddDays(1)),
                    Summary = Clip(i.OtherName is { } other ? $"{i.Name} ({other})" : i.Name),
                };
                e.Categories.Add(language == "vi" ? "Sự kiện" : "Event");
                calendar.Events.Add(e);
            }
        }
    }

    static string Description(RegisterRow row, string language)
    {
        var c = row.Commitment;
        bool vi = language == "vi";
        var b = new StringBuilder(c.Text);
        b.Append("\n\n").Append(vi ? "Thời hạn: " : "Deadline: ");
        b.Append(c.DeadlineText.Length > 0 ? c.DeadlineText : Range(c));
        if (c.DeadlineText.Length > 0) b.Append(" (").Append(Range(c)).Append(')');
        b.Append('\n').Append(vi ? "Trạng thái: " : "Status: ").Append(StatusNames.Label(c.Status, language));
        string lead = SheetCells.Agencies(c, "lead", language);
        if (lead.Length > 0) b.Append('\n').Append(vi ? "Cơ quan chủ trì: " : "Lead: ").Append(lead);
        string support = SheetCells.Agencies(c, "support", language);
        if (support.Length > 0) b.Append('\n').Append(vi ? "Cơ quan phối hợp: " : "Supporting: ").Append(support);
        return b.ToString();
    }

    static string Range(Commitment c)
    {
        string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…";
        string range = c.DeadlineStart == c.DeadlineEnd ? Day(c.DeadlineEnd) : $"{Day(c.DeadlineStart)} – {Day(c.DeadlineEnd)}";
        if (c.DeadlinePrecision is { } p) range += ", " + p;
        if (c.DeadlineFiscalYear is { } fy) range += " " + fy;
        return range;
    }

    static string Clip(string text)
    {
        text = text.ReplaceLineEndings(" ");
        return text.Length <= SummaryLength ? text : text[..(SummaryLength - 1)].TrimEnd() + "…";
    }
}

using System.Text;
using Concord.Data;
using Concord.Data.Exchange;
using Concord.Data.Register;
using Concord.Data.Tracking;
using Concord.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Timeline;

/// <summary><c>/api/timeline</c>: the deadlines and events of one statement or all, filtered by pillar, agency and
/// status; and <c>/api/calendar.ics</c>: the same deadlines as a calendar to subscribe to, for one statement, one
/// agency under every statement, or both.</summary>
public static class TimelineApi
{
    public static RouteGroupBuilder MapTimeline(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Timeline").RequireAuthorization(Policies.Read);
        group.MapGet("/timeline", TimelineAsync).CacheOutput(RegisterCache.Name);
        group.MapGet("/calendar.ics", CalendarAsync);
        return group;
    }

    static async Task<Results<Ok<TimelineResult>, ValidationProblem, ProblemHttpResult>> TimelineAsync(RegisterDb db, TrackingOptions tracking,
        string? statement, string? pillar, int? agency, string? status, string? lang, int? limit, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        string language = Language(lang, errors);
        var statuses = new List<CommitmentStatus>();
        foreach (var name in (status ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (EnumNames.TryParse<CommitmentStatus>(name, out var s)) statuses.Add(s);
            else errors.Add("status", $"'{name}' is not a status; use {EnumNames.All<CommitmentStatus>()} (several separated by commas).");
        }
        if (limit is < 1 or > TimelineFilter.MaxLimit) errors.Add("limit", $"limit must be between 1 and {TimelineFilter.MaxLimit}.");
        if (errors.Any) return errors.Problem();

        var filter = new TimelineFilter(statement, pillar, agency, statuses, limit ?? TimelineFilter.DefaultLimit);
        var result = await Data.Tracking.Timeline.LoadAsync(db, filter, language, tracking.DueSoonDays, cancellationToken);
        return result is null ? Problems.NotFound($"statement '{statement}'") : TypedResults.Ok(result);
    }

    static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> CalendarAsync(RegisterDb db,
        string? statement, int? agency, string? lang, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        string language = Language(lang, errors);
        if (errors.Any) return errors.Problem();
        Agency? assigned = null;
        if (agency is { } id && (assigned = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)) is null)
            return Problems.NotFound($"agency {id}");

        var keys = new List<string>();
        if (statement is not null) keys.Add(statement);
        else
        {
            var query = db.Statements.AsNoTracking();
            if (agency is { } a) query = query.Where(s => db.Commitments.Any(c => c.StatementId == s.Id && c.Agencies.Any(x => x.AgencyId == a)));
            keys.AddRange(await query.OrderBy(s => s.Date).ThenBy(s => s.Key).Select(s => s.Key).ToListAsync(cancellationToken));
        }
        var sheets = new List<RegisterSheet>();
        foreach (var key in keys)
        {
            var sheet = await RegisterSheet.LoadAsync(db, key, agency, cancellationToken);
            if (sheet is null) return Problems.NotFound($"statement '{key}'");
            sheets.Add(sheet);
        }

        string name = (sheets.Count == 1 ? sheets[0].Statement.Title : "Concord")
            + (assigned is null ? "" : " — " + SheetCells.AgencyName(assigned, language));
        using var stream = new MemoryStream();
        await IcsExport.WriteAsync(db, sheets, name, language, stream, cancellationToken);
        return TypedResults.File(stream.ToArray(), "text/calendar; charset=utf-8", FileName(statement, agency));
    }

    static string Language(string? lang, Errors errors)
    {
        if (lang is null or "vi" or "en") return lang ?? "vi";
        errors.Add("lang", $"lang must be vi or en; '{lang}' is not.");
        return "vi";
    }

    static string FileName(string? statement, int? agency)
    {
        var b = new StringBuilder("concord");
        if (statement is not null)
            foreach (char c in statement) b.Append(char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-');
        if (agency is { } a) b.Append("-agency-").Append(a.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return b.Append(".ics").ToString();
    }
}

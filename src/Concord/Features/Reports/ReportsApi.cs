using System.Globalization;
using Concord.Data;
using Concord.Data.Reports;
using Concord.Data.Tracking;
using Concord.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Features.Reports;

/// <summary><c>/api/statements/{key}/report</c>: a statement's implementation report in Vietnamese or English, as of
/// today or a past day, as JSON (concord.report/1), DOCX or XLSX. Read like the statement itself.</summary>
public static class ReportsApi
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapReports(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/statements").WithTags("Reports").RequireAuthorization(Policies.Read);
        group.MapGet("/{key}/report", ReportAsync);
        return group;
    }

    static async Task<Results<Ok<ImplementationReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ReportAsync(
        string key, RegisterDb db, RegisterMemo memo, TrackingOptions tracking, string? lang, string? asOf, string? format, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        string language = lang ?? "vi";
        if (language is not ("vi" or "en")) errors.Add("lang", $"lang must be vi or en; '{lang}' is not.");
        string kind = format ?? "json";
        if (kind is not ("json" or "docx" or "xlsx")) errors.Add("format", $"format must be json, docx or xlsx; '{format}' is not.");
        var today = Deadlines.Today(db.Clock);
        DateOnly? day = null;
        if (asOf is not null)
        {
            if (!DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                errors.Add("asOf", $"asOf must be a date written YYYY-MM-DD, like 2026-03-31; '{asOf}' is not.");
            else if (d > today)
                errors.Add("asOf", $"asOf {d:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}): a report tells what has happened.");
            else day = d;
        }
        if (errors.Any) return errors.Problem();

        var report = await BuildAsync(db, memo, tracking, key, language, day, cancellationToken);
        if (report is null)
            return day is { } past && past < today && await StatementExistsAsync(db, key, cancellationToken)
                ? Problems.NotFound($"statement '{key}' in the register on {past:yyyy-MM-dd}: it was added later")
                : Problems.NotFound($"statement '{key}'");
        if (kind == "json") return TypedResults.Ok(report);

        using var stream = new MemoryStream();
        if (kind == "docx") ReportDocx.Write(report, stream);
        else ReportXlsx.Write(report, stream);
        string name = $"{key}-{(language == "vi" ? "bao-cao" : "report")}-{report.AsOf:yyyy-MM-dd}.{kind}";
        return TypedResults.File(stream.ToArray(), kind == "docx" ? DocxType : XlsxType, name);
    }

    /// <summary>A statement's report, kept until the register changes (it reads the mechanisms of the whole register,
    /// and a report is read by many, in three formats); the page and the API share it.</summary>
    internal static Task<ImplementationReport?> BuildAsync(RegisterDb db, RegisterMemo memo, TrackingOptions tracking, string key, string language,
        DateOnly? day, CancellationToken cancellationToken) =>
        memo.GetAsync(db, $"report/{key}/{language}/{day:yyyy-MM-dd}",
            () => ImplementationReports.BuildAsync(db, key, language, day, tracking, cancellationToken), cancellationToken);

    static Task<bool> StatementExistsAsync(RegisterDb db, string key, CancellationToken cancellationToken) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Statements, s => s.Key == key, cancellationToken);
}

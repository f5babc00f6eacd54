using Concord.Data.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Concord.Web;

/// <summary>Turns what went wrong into a ProblemDetails a person understands: a request that could not be read
/// (400), a record changed meanwhile (412), the register unreachable (503), anything else (500, no internals).</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // Pages show the error page instead (their UseExceptionHandler's path, which is set before this runs).
        if (context.Request.Path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase)) return false;
        (int status, string title, string detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "The request could not be read", Readable(bad)),
            DbUpdateConcurrencyException => (412, "Changed since you read it",
                "Someone changed this record while your change was being saved. Read it again and make your change on the new version; nothing was changed."),
            _ when MalformedRequests.Status(exception) is { } code => (code, "The request could not be read",
                "The body is not the form it says it is (a multipart/form-data upload or a URL-encoded form, complete and within the size limit); nothing was changed."),
            RegisterUnavailableException or System.Data.Common.DbException or TimeoutException =>
                (503, "The register is unavailable", "The register cannot be reached just now; nothing was changed. Try again in a moment."),
            _ => (500, "Something went wrong", "The server could not complete this request; nothing was changed."),
        };
        if (status >= 500) log.LogError(exception, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    static string Readable(BadHttpRequestException bad) => bad.InnerException switch
    {
        System.Text.Json.JsonException json => $"The body is not the JSON expected{(json.Path is { } p ? $" (at {p})" : "")}: check the field names and that numbers, dates (YYYY-MM-DD) and lists are written as such.",
        _ => bad.Message,
    };
}

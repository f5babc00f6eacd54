using Concord.Data.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Concord.Web;

/// <summary>Turns what went wrong into a ProblemDetails a person understands: a request that could not be read
/// (400), a record changed meanwhile (412), the register unreachable or read-only (503), its disk full (507), anything else (500, no internals).</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // Pages show the error page instead (their UseExceptionHandler's path, which is set before this runs).
        if (context.Request.Path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase)) return false;
        // The client went away and its query was cancelled with it (PostgreSQL says "canceling statement due to user
        // request"): there is nobody to answer, and nothing is wrong with the register.
        if (context.RequestAborted.IsCancellationRequested)
        {
            log.LogDebug("{Method} {Path}: the client closed the request", context.Request.Method, context.Request.Path);
            context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
            return true;
        }
        (int status, string title, string detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "The request could not be read", Readable(bad)),
            DbUpdateConcurrencyException => (412, "Changed since you read it",
                "Someone changed this record while your change was being saved. Read it again and make your change on the new version; nothing was changed."),
            _ when MalformedRequests.Status(exception) is { } code => (code, "The request could not be read",
                "The request is not what it says it is (a multipart/form-data upload or a URL-encoded form, complete and within the size limit), or it holds a NUL character, which the register cannot keep; nothing was changed."),
            _ when RegisterFault.Of(exception) is { } fault => Faulted(context, fault),
            _ => (500, "Something went wrong", "The server could not complete this request; nothing was changed."),
        };
        // A fault of the database is one line, not a stack trace per request while PostgreSQL restarts.
        if (RegisterFault.Of(exception) is { } logged)
            log.LogWarning("{Method} {Path} answered {Status}: {Fault}", context.Request.Method, context.Request.Path, status, logged.Message);
        else if (status >= 500) log.LogError(exception, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    /// <summary>The answer for a fault of the database, with Retry-After when waiting may help. The status is
    /// <see cref="RegisterFaults.Status"/>'s, so that pages and API agree.</summary>
    static (int, string, string) Faulted(HttpContext context, RegisterFault fault)
    {
        RegisterFaults.SetRetryAfter(context, fault);
        return fault.Kind switch
        {
            RegisterFaultKind.Full => (RegisterFaults.Status(fault), "The register's disk is full",
                "The register cannot store anything more until space is freed on its disk; nothing was changed. Reading still works."),
            RegisterFaultKind.ReadOnly => (RegisterFaults.Status(fault), "The register is read-only",
                "The register's database cannot be written just now; nothing was changed. Reading still works."),
            _ => (RegisterFaults.Status(fault), "The register is unavailable",
                "The register cannot be reached just now; nothing was changed. Try again in a moment."),
        };
    }

    static string Readable(BadHttpRequestException bad) => bad.InnerException switch
    {
        System.Text.Json.JsonException json => $"The body is not the JSON expected{(json.Path is { } p ? $" (at {p})" : "")}: check the field names and that numbers, dates (YYYY-MM-DD) and lists are written as such.",
        _ => bad.Message,
    };
}

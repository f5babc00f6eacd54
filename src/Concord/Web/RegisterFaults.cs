using System.Globalization;
using Concord.Data.Storage;

namespace Concord.Web;

/// <summary>How the web app answers a fault of the database (see <see cref="RegisterFault"/>): 503 Service Unavailable
/// with Retry-After while the database is down, restarting or read-only, 507 Insufficient Storage when its disk is
/// full. The API and the pages use the same statuses.</summary>
public static class RegisterFaults
{
    /// <summary>Seconds a client should wait before trying again: a restarting PostgreSQL is usually back by then.</summary>
    public const int RetryAfterSeconds = 5;

    public static int Status(RegisterFault fault) =>
        fault.Kind == RegisterFaultKind.Full ? StatusCodes.Status507InsufficientStorage : StatusCodes.Status503ServiceUnavailable;

    public static void SetRetryAfter(HttpContext context, RegisterFault fault)
    {
        if (fault.Kind == RegisterFaultKind.Unavailable)
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
    }
}

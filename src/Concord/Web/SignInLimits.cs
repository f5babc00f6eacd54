using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Concord.Web;

/// <summary>Sign-in attempts (<c>POST /api/session</c> and <c>POST /signin</c>) are limited per client address, on top
/// of the per-account lockout, so that one address cannot try passwords across many accounts. Past the limit the API
/// answers 429 with a ProblemDetails and the page the error page, both with Retry-After.</summary>
public static class SignInLimits
{
    public static IServiceCollection AddSignInLimits(this IServiceCollection services, ServeSettings settings) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => IsSignIn(http.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, settings.SignInsPerMinute),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = RejectAsync;
        });

    static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        int seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 60;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        // A page gets the error page for 429 from the status code pages; the API a ProblemDetails.
        if (!http.Request.IsApi()) return;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many sign-in attempts",
                Detail = $"Too many sign-in attempts from this address; nothing was checked. Try again in {seconds} seconds.",
            },
        });
    }

    static bool IsSignIn(HttpRequest request) => HttpMethods.IsPost(request.Method)
        && (request.Path.Equals("/api/session", StringComparison.OrdinalIgnoreCase) || request.Path.Equals("/api/session/", StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals("/signin", StringComparison.OrdinalIgnoreCase) || request.Path.Equals("/signin/", StringComparison.OrdinalIgnoreCase));
}

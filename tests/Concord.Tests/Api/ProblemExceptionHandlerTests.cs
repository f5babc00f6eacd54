using Concord.Tests.Security;
using Concord.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Concord.Tests.Api;

/// <summary>A query PostgreSQL cancelled because the client went away is no fault of the register: no 503 and no
/// warning (under load tests, every client cut off at the end of a run was logged as the register unavailable).</summary>
public sealed class ProblemExceptionHandlerTests
{
    static PostgresException Cancelled() => new("canceling statement due to user request", "ERROR", "ERROR", "57014");

    static (ProblemExceptionHandler Handler, CapturedLogs Logs, DefaultHttpContext Context) Arrange(CancellationToken aborted)
    {
        var logs = new CapturedLogs();
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug))
            .AddProblemDetails()
            .BuildServiceProvider();
        var handler = new ProblemExceptionHandler(services.GetRequiredService<IProblemDetailsService>(),
            services.GetRequiredService<ILogger<ProblemExceptionHandler>>());
        var context = new DefaultHttpContext { RequestServices = services, RequestAborted = aborted };
        context.Request.Method = "GET";
        context.Request.Path = "/api/search";
        context.Response.Body = new MemoryStream();
        return (handler, logs, context);
    }

    [Fact]
    public async Task QueryCancelled_BecauseTheClientLeft_IsNeither503NorAWarning()
    {
        using var aborted = new CancellationTokenSource();
        var (handler, logs, context) = Arrange(aborted.Token);
        await aborted.CancelAsync();

        Assert.True(await handler.TryHandleAsync(context, Cancelled(), default));

        Assert.Equal(StatusCodes.Status499ClientClosedRequest, context.Response.StatusCode);
        Assert.DoesNotContain(logs.Entries, e => e.StartsWith("Warning", StringComparison.Ordinal) || e.StartsWith("Error", StringComparison.Ordinal));
        Assert.Equal(0, context.Response.Body.Length);
    }

    [Fact]
    public async Task QueryCancelled_WhileTheClientWaits_IsA503WithAWarning()
    {
        var (handler, logs, context) = Arrange(CancellationToken.None);

        Assert.True(await handler.TryHandleAsync(context, Cancelled(), default));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Contains(logs.Entries, e => e.StartsWith("Warning", StringComparison.Ordinal) && e.Contains("answered 503", StringComparison.Ordinal));
    }
}

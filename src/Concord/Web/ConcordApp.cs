using Concord.Data.Storage;
using Concord.Features.Accounts;
using Concord.Features.Agencies;
using Concord.Features.Articles;
using Concord.Features.Commitments;
using Concord.Features.History;
using Concord.Features.Initiatives;
using Concord.Features.Items;
using Concord.Features.Mechanisms;
using Concord.Features.Reports;
using Concord.Features.Search;
using Concord.Features.Statements;
using Concord.Features.Targets;
using Concord.Features.Timeline;
using Concord.Features.Updates;
using Microsoft.AspNetCore.HttpOverrides;
using Scalar.AspNetCore;

namespace Concord.Web;

/// <summary>The web app of <c>concord serve</c>, built from a register and a clock so that tests can host it
/// on a test server (pass <paramref name="configure"/> to change the builder, e.g. <c>UseTestServer()</c>).</summary>
public static class ConcordApp
{
    public static WebApplication Build(ServeSettings settings, RegisterStore store, TimeProvider clock, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ConcordApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(settings.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = settings.MaxUploadBytes + 1024 * 1024;
            k.AddServerHeader = false; // nothing to tell a scanner which server answers
        });
        // Requests are not logged one by one: their paths may carry what a person searched for.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Services.AddConcord(settings, store, clock);
        configure?.Invoke(builder);

        var app = builder.Build();
        // Behind a reverse proxy every request comes from the proxy: its X-Forwarded-For names the client, whom the
        // sign-in limit must count, and X-Forwarded-Proto the scheme the browser used. Believed only from the proxies
        // named, for anyone can send the headers.
        if (settings.TrustedProxies is { Count: > 0 } proxies)
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = null };
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) forwarded.KnownIPNetworks.Add(proxy);
            app.UseForwardedHeaders(forwarded);
        }
        // Behind a reverse proxy that terminates TLS every request the browser sent was HTTPS: taken as such, every
        // cookie is marked Secure and the pages send HSTS.
        if (settings.SecureCookies) app.Use((http, next) => { http.Request.Scheme = "https"; return next(http); });
        app.UseSecurityHeaders();
        // The API answers errors with ProblemDetails; pages with the error page, in the layout.
        app.UseWhen(http => http.Request.IsApi(), api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(http => !http.Request.IsApi(), pages => pages.UseExceptionHandler("/error/500").UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseConcordStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseRequestLocalization(Cultures.Options());
        app.UseAuthorization();
        app.UseOutputCache();

        app.MapRazorPages();

        app.MapOpenApi();
        app.MapScalarApiReference("/api/reference");
        var api = app.MapGroup("/api");
        api.MapSession();
        api.MapUsers();
        api.MapStatements();
        api.MapItems();
        api.MapCommitments();
        api.MapCommitmentEdits();
        api.MapUpdates();
        api.MapTargets();
        api.MapAgencies();
        api.MapMechanisms();
        api.MapInitiatives();
        api.MapHistory();
        api.MapSearch();
        api.MapReports();
        api.MapTimeline();
        api.MapArticles();
        return app;
    }
}

using Microsoft.Extensions.Hosting;
using System.CommandLine;
using Concord.Data.Storage;
using Concord.Data.Tracking;
using Concord.Web;

namespace Concord.Commands;

/// <summary><c>concord serve [--db] [--urls] [--public] [--secure-cookies] [--trusted-proxy ADDRESS]...</c>: the register over HTTP, the JSON API under /api,
/// its OpenAPI document at /openapi/v1.json and a reference page at /api/reference.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = RegisterOption.Create();
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => ServeSettings.DefaultUrls };
        var isPublic = new Option<bool>("--public") { Description = "Let anyone read the register without signing in (off by default)" };
        var secureCookies = new Option<bool>("--secure-cookies")
        {
            Description = "Served over HTTPS by a reverse proxy that terminates TLS: take every request as HTTPS, mark every cookie Secure and send HSTS",
        };
        var trustedProxies = new Option<string[]>("--trusted-proxy")
        {
            Description = "A reverse proxy (address, or network such as 10.0.0.0/8; repeat for several) whose X-Forwarded-For and X-Forwarded-Proto are believed: the sign-in limit then counts the client's address, not the proxy's",
            AllowMultipleArgumentsPerToken = false,
        };
        trustedProxies.Validators.Add(r =>
        {
            foreach (string value in r.GetValueOrDefault<string[]>() ?? [])
                if (!ServeSettings.TryParseProxy(value, out _))
                    r.AddError($"--trusted-proxy must be an IP address or a network such as 10.0.0.0/8, not '{value}'");
        });
        var dueSoon = new Option<int>("--due-soon-days") { Description = "How many days before a deadline a commitment counts as due soon", DefaultValueFactory = _ => Deadlines.DefaultDueSoonDays };
        dueSoon.Validators.Add(r =>
        {
            if (new TrackingOptions(r.GetValueOrDefault<int>()).Validate() is { } problem) r.AddError("--due-soon-days: " + problem);
        });
        urls.Validators.Add(r =>
        {
            foreach (var url in r.GetValueOrDefault<string>().Split(';', StringSplitOptions.RemoveEmptyEntries))
                if (!Uri.TryCreate(url, UriKind.Absolute, out var u) || (u.Scheme != "http" && u.Scheme != "https"))
                    r.AddError($"--urls must be http:// or https:// addresses separated by ';', not '{url}'");
        });
        var command = new Command("serve", "Serve the register: the JSON API, its OpenAPI document and reference page") { db, urls, isPublic, dueSoon, secureCookies, trustedProxies };
        command.SetAction(async (result, ct) =>
        {
            var error = result.InvocationConfiguration.Error;
            var output = result.InvocationConfiguration.Output;
            if (await RegisterOption.OpenAsync(result, db, mustExist: false, ct) is not { } store) return 1;
            var proxies = (result.GetValue(trustedProxies) ?? []).Select(v => ServeSettings.TryParseProxy(v, out var n) ? n : default).ToList();
            var settings = new ServeSettings(result.GetValue(urls)!, result.GetValue(isPublic), result.GetValue(dueSoon),
                SecureCookies: result.GetValue(secureCookies), TrustedProxies: proxies);
            await using var app = ConcordApp.Build(settings, store, TimeProvider.System);
            output.WriteLine($"serving on {settings.Urls} (API reference: /api/reference){(settings.Public ? "; anyone may read" : "")}");
            try
            {
                await app.StartAsync(ct);
                await app.WaitForShutdownAsync(ct);
            }
            catch (IOException e)
            {
                error.WriteLine($"concord: cannot listen on {settings.Urls}: {e.Message}");
                return 1;
            }
            return 0;
        });
        return command;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Concord.Data;
using Concord.Data.Storage;
using Concord.Data.Tracking;
using Concord.Features.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Concord.Web;

/// <summary>The services of <c>concord serve</c>: the register, JSON, ProblemDetails, sign-in and roles, OpenAPI.</summary>
public static class ConcordServices
{
    public static IServiceCollection AddConcord(this IServiceCollection services, ServeSettings settings, RegisterStore store, TimeProvider clock)
    {
        services.AddSingleton(settings);
        services.AddSingleton(store);
        services.AddSingleton(clock);
        services.AddSingleton(new TrackingOptions(settings.DueSoonDays));
        services.AddHttpContextAccessor();
        services.AddScoped<RegisterDb>(sp =>
        {
            var db = store.Open();
            db.Actor = sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User.Name() ?? "anonymous";
            return db;
        });
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi();
        // Answers of a revision the register has left are never served again but stay until pushed out: a small
        // cache keeps that dead weight small (the default is 100 MB, which readers asking for ever-new URLs fill).
        services.AddOutputCache(o =>
        {
            o.AddPolicy(RegisterCache.Name, new RegisterCache());
            o.SizeLimit = 32 * 1024 * 1024;
        });
        services.AddMemoryCache(o => o.SizeLimit = 2000);
        services.AddSingleton<RegisterMemo>();
        services.AddConcordPages(settings);
        services.AddSignInLimits(settings);
        // One key ring for every instance on the register, whatever folder each runs from.
        services.AddDataProtection().SetApplicationName("concord");
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = new RegisterKeyRepository(store));
        return services.AddConcordAuth(settings, store, clock);
    }

    static IServiceCollection AddConcordAuth(this IServiceCollection services, ServeSettings settings, RegisterStore store, TimeProvider clock)
    {
        services.AddAuthentication(Policies.Scheme)
            .AddPolicyScheme(Policies.Scheme, "Cookie or API token", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? Policies.TokenScheme : Policies.CookieScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, TokenAuthenticationHandler>(Policies.TokenScheme, null)
            .AddCookie(Policies.CookieScheme, o =>
            {
                o.Cookie.Name = "concord";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = settings.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = Sessions.IdleTimeout;
                o.SlidingExpiration = true;
                o.TimeProvider = clock;
                o.Events = new CookieAuthenticationEvents
                {
                    OnRedirectToLogin = c =>
                    {
                        if (c.Request.IsApi()) c.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        else c.Response.Redirect(PageServices.SignInAddress(c.Request));
                        return Task.CompletedTask;
                    },
                    OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; },
                    OnSigningIn = c => Sessions.SigningInAsync(c, clock),
                    OnValidatePrincipal = async c =>
                    {
                        if (Sessions.Expired(c.Properties, clock))
                        {
                            c.RejectPrincipal();
                            await c.HttpContext.SignOutAsync(Policies.CookieScheme);
                            return;
                        }
                        await Revalidate(c, store);
                    },
                };
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Read, p => p.RequireAssertion(c => settings.Public || c.User.Identity?.IsAuthenticated == true))
            .AddPolicy(Policies.Edit, p => p.RequireRole("agency-editor", "coordinator", "admin"))
            .AddPolicy(Policies.Coordinate, p => p.RequireRole("coordinator", "admin"))
            .AddPolicy(Policies.Admin, p => p.RequireRole("admin"));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuthorizationProblems>();
        return services;
    }

    /// <summary>A signed-in cookie follows the account: disabled or deleted users are out, a changed role applies at once.</summary>
    static async Task Revalidate(CookieValidatePrincipalContext context, RegisterStore store)
    {
        string name = context.Principal?.Identity?.Name ?? "";
        await using var db = store.Open();
        var user = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(db.Users, u => u.UserName == name);
        if (user is null || user.Disabled)
        {
            context.RejectPrincipal();
            return;
        }
        if (Roles.Name(user.Role) != context.Principal!.Role().Map() || user.AgencyId != context.Principal!.AgencyId()
            || !string.Equals(user.Culture, context.Principal!.Culture(), StringComparison.Ordinal))
        {
            context.ReplacePrincipal(Caller.Principal(user, Policies.CookieScheme));
            context.ShouldRenew = true;
        }
    }

    static string? Map(this Data.Accounts.Role? role) => role is { } r ? Roles.Name(r) : null;
}

using Concord.Data;
using Microsoft.AspNetCore.OutputCaching;

namespace Concord.Web;

/// <summary>Caches the answers of the API's lists and searches, keyed on the URL, the register's revision and
/// today's date (overdue and due soon depend on it). The revision is read from the database on every request, so
/// an answer is served only while the register is exactly as it was when the answer was made, whichever instance
/// changed it. Authorization runs before the cache, and these answers are the same for every reader who may see
/// them, so signed-in readers share them too.</summary>
public sealed class RegisterCache : IOutputCachePolicy
{
    public const string Name = "register";

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        bool reading = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = reading;
        context.AllowCacheStorage = reading;
        context.AllowLocking = true;
        if (!reading) return;
        var db = http.RequestServices.GetRequiredService<RegisterDb>();
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["register"] = await RegisterMemo.StampAsync(db, cancellation);
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}

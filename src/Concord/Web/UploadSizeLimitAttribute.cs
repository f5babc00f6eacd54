using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Concord.Web;

/// <summary>Lets a page's forms carry <see cref="Files"/> files (or texts) at the largest size accepted each, so that a file over the
/// limit reaches the page and is refused there with a clear message instead of the request being cut off. It runs
/// before the antiforgery check, which is the first to read the form (as <c>[RequestSizeLimit]</c> does).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class UploadSizeLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room for the form's other fields and the multipart boundaries.</summary>
    const long Overhead = 1024 * 1024;

    /// <summary>How many files or texts of the largest size one form may carry.</summary>
    public int Files { get; init; } = 1;

    public int Order => 900;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var settings = context.HttpContext.RequestServices.GetRequiredService<ServeSettings>();
        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            body.MaxRequestBodySize = settings.MaxUploadBytes * Files + Overhead;
    }
}

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concord.Features.ErrorPages;

/// <summary>The error page, in the layout: drawn for a status code (404, 403, 400) or an exception (500), whatever
/// the method of the request that failed.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int? code) => Set(code);

    public void OnPost(int? code) => Set(code);

    void Set(int? code)
    {
        Code = code is >= 400 and <= 599 ? code.Value : 500;
        // A request the server could not read (a form cut short) is the sender's fault, not the server's.
        if (Code == 500 && Web.MalformedRequests.Status(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error) is { } status) Code = status;
        Response.StatusCode = Code;
    }
}

using Concord.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concord.Features.Accounts;

/// <summary><c>/signout</c>: a form that ends the cookie session (a GET only asks, so that a link cannot sign anyone out).</summary>
public sealed class SignOutModel : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(Policies.CookieScheme);
        return LocalRedirect("/");
    }
}

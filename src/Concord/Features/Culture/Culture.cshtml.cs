using Concord.Data;
using Concord.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Culture;

/// <summary><c>POST /culture</c>: the language switcher. Sets the culture cookie and, for a signed-in user, saves the
/// choice on the account; then back to the page the person was on.</summary>
public sealed class CultureModel(RegisterDb db, ServeSettings settings) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        string back = Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
        if (Cultures.Parse(culture) is not { } chosen) return LocalRedirect(back);
        Response.Cookies.Append(Cultures.CookieName, Cultures.CookieValue(chosen), new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddYears(1),
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps || settings.SecureCookies,
        });
        if (User.Identity?.IsAuthenticated == true && User.Identity.AuthenticationType == Policies.CookieScheme)
        {
            string name = User.Name();
            var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == name, HttpContext.RequestAborted);
            if (user is not null && !user.Disabled)
            {
                if (user.Culture != chosen)
                {
                    user.Culture = chosen;
                    try { await db.SaveChangesAsync(HttpContext.RequestAborted); }
                    catch (DbUpdateConcurrencyException) { } // The cookie still carries the choice.
                }
                await HttpContext.SignInAsync(Policies.CookieScheme, Caller.Principal(user, Policies.CookieScheme));
            }
        }
        return LocalRedirect(back);
    }
}

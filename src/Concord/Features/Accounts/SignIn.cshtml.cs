using Concord.Data;
using Concord.Resources;
using Concord.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Concord.Features.Accounts;

/// <summary><c>/signin</c>: the same accounts, lockout and cookie as <c>POST /api/session</c>.</summary>
public sealed class SignInModel(RegisterDb db, ServeSettings settings, IStringLocalizer<Strings> strings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Message { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        string name = UserName?.Trim() ?? "";
        if (name.Length == 0 || string.IsNullOrEmpty(Password) || name.Length > 64)
        {
            Message = strings["SignIn.Required"];
            return Page();
        }
        var outcome = await UserAccounts.SignInAsync(db, name, Password, HttpContext.RequestAborted);
        if (outcome.User is not { } user)
        {
            Message = outcome.LockedUntil is { } until
                ? strings["SignIn.Locked", Shared.Format.DateTime(until)]
                : strings["SignIn.Wrong"];
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        await HttpContext.SignInAsync(Policies.CookieScheme, Caller.Principal(user, Policies.CookieScheme));
        Response.Cookies.Append(Cultures.CookieName, Cultures.CookieValue(Cultures.Parse(user.Culture) ?? Cultures.Default),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps || settings.SecureCookies });
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && !ReturnUrl!.StartsWith("/signin", StringComparison.OrdinalIgnoreCase) ? ReturnUrl : "/");
    }

}

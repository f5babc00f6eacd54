using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Concord.Web;

/// <summary>Answers a refused request with a ProblemDetails that says what to do: sign in (401), or that the
/// caller's role does not allow it (403). A page sends the person to sign in, or shows the 403 page.</summary>
public sealed class AuthorizationProblems(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Succeeded)
        {
            await fallback.HandleAsync(next, context, policy, result);
            return;
        }
        bool signedIn = context.User.Identity?.IsAuthenticated == true;
        if (!context.Request.IsApi())
        {
            // A page: sign in first, or the 403 page (the status code pages draw it).
            if (signedIn) context.Response.StatusCode = StatusCodes.Status403Forbidden;
            else context.Response.Redirect(PageServices.SignInAddress(context.Request));
            return;
        }
        if (!signedIn)
        {
            foreach (var scheme in policy.AuthenticationSchemes.DefaultIfEmpty(Policies.Scheme))
                await context.ChallengeAsync(scheme);
        }
        context.Response.StatusCode = signedIn ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
        string detail = signedIn
            ? $"Your role ({context.User.Role().GetValueOrDefault()}) does not allow this."
            : "Sign in first (POST /api/session with your user name and password) or send an API token as 'Authorization: Bearer <token>'.";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = context.Response.StatusCode, Title = signedIn ? "Not allowed" : "Sign in required", Detail = detail },
        });
    }
}

using Concord.Data;
using Concord.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Features.Accounts;

/// <summary><c>/api/session</c>: sign in with a user name and password (a cookie), see who is signed in, sign out.</summary>
public static class SessionApi
{
    public sealed record SignIn(string? UserName, string? Password);

    public sealed record SessionView(string UserName, Data.Accounts.Role Role, int? AgencyId);

    public static RouteGroupBuilder MapSession(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/session").WithTags("Session");
        group.MapPost("/", SignInAsync).AllowAnonymous();
        group.MapGet("/", Current).RequireAuthorization();
        group.MapDelete("/", (Delegate)SignOutAsync).AllowAnonymous();
        return group;
    }

    static async Task<Results<Ok<SessionView>, ValidationProblem, ProblemHttpResult>> SignInAsync(SignIn body, RegisterDb db, HttpContext http)
    {
        var errors = new Errors();
        string name = errors.Text("userName", body.UserName, 64);
        if (string.IsNullOrEmpty(body.Password)) errors.Add("password", "password is required.");
        if (errors.Any) return errors.Problem();
        var outcome = await UserAccounts.SignInAsync(db, name, body.Password!, http.RequestAborted);
        if (outcome.User is not { } user)
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in refused", detail: outcome.Refusal);
        await http.SignInAsync(Policies.CookieScheme, Caller.Principal(user, Policies.CookieScheme));
        return TypedResults.Ok(new SessionView(user.UserName, user.Role, user.AgencyId));
    }

    static Ok<SessionView> Current(HttpContext http) =>
        TypedResults.Ok(new SessionView(http.User.Name(), http.User.Role()!.Value, http.User.AgencyId()));

    static async Task<NoContent> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(Policies.CookieScheme);
        return TypedResults.NoContent();
    }
}

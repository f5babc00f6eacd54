using System.Text.Encodings.Web;
using Concord.Data.Storage;
using Concord.Features.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Concord.Web;

/// <summary>Authenticates <c>Authorization: Bearer cnc_...</c> with an API token: its SHA-256 must be a live
/// token of an enabled user.</summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, RegisterStore store)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        string token = header["Bearer ".Length..].Trim();
        await using var db = store.Open();
        var user = await UserAccounts.FindByTokenAsync(db, token, Context.RequestAborted);
        // The token itself never goes into a message or a log.
        if (user is null) return AuthenticateResult.Fail("The API token is unknown or revoked.");
        return AuthenticateResult.Success(new AuthenticationTicket(Caller.Principal(user, Scheme.Name), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}

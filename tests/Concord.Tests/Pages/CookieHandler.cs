using System.Net;

namespace Concord.Tests.Pages;

/// <summary>Keeps cookies between requests, as a browser does, for a client of the test server.</summary>
public sealed class CookieHandler(CookieContainer cookies) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        string header = cookies.GetCookieHeader(uri);
        if (header.Length > 0) request.Headers.Add("Cookie", header);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
            foreach (var cookie in set) cookies.SetCookies(uri, cookie);
        return response;
    }
}

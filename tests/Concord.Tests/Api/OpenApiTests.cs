using System.Net;

namespace Concord.Tests.Api;

public sealed class OpenApiTests
{
    [Fact]
    public async Task OpenApiDocument_DescribesTheEndpoints_AndTheReferencePageLoads()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        var client = host.Anonymous();

        var doc = await client.GetJsonAsync("/openapi/v1.json");
        using var page = await client.GetAsync("/api/reference/");

        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/commitments", paths);
        Assert.Contains("/api/commitments/{id}", paths);
        Assert.Contains("/api/statements/{key}/as-of/{date}", paths);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("text/html", page.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }
}

using System.Net.Http.Json;
using System.Text.Json;

namespace Concord.Tests.Api;

/// <summary>Reading and sending the API's JSON in tests.</summary>
public static class Json
{
    public static async Task<JsonElement> ReadAsync(this HttpResponseMessage response)
    {
        string body = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(body.Length == 0 ? "null" : body).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync();
    }

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object? body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    public static string ETag(this HttpResponseMessage response) => response.Headers.ETag?.Tag ?? "";

    public static IEnumerable<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray();

    public static int Id(this JsonElement e) => e.GetProperty("id").GetInt32();

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString() ?? "";
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Concord.Tests.Api;

namespace Concord.Tests.Faults;

/// <summary>A bounded load of clients updating the same commitments at once, each as a careful program would: read the
/// commitment (its ETag), then change it with If-Match, either its text (PATCH) or a progress update (POST). Every
/// answer is counted: accepted (200, 201), refused as a conflict (409, 412), anything else an error. Each change
/// carries a unique marker so that the history can be compared with the answers afterwards.</summary>
public sealed class UpdateLoad(string name = "load")
{
    readonly ConcurrentBag<string> accepted = [];
    readonly ConcurrentBag<string> refused = [];
    readonly ConcurrentBag<string> errors = [];
    readonly ConcurrentBag<string> unanswered = [];

    /// <summary>Markers of the changes answered 200/201.</summary>
    public IReadOnlyCollection<string> Accepted => accepted;

    /// <summary>Markers of the changes answered 409/412.</summary>
    public IReadOnlyCollection<string> Refused => refused;

    /// <summary>Any other answer, with its status and body: there should be none.</summary>
    public IReadOnlyCollection<string> Errors => errors;

    /// <summary>Markers of the changes sent that got no answer (the server was killed): each may or may not be there.</summary>
    public IReadOnlyCollection<string> Unanswered => unanswered;

    /// <summary>Runs <paramref name="attempts"/> changes by each client, all clients at once, spread over
    /// <paramref name="commitments"/>, until done or <paramref name="stop"/> is cancelled.</summary>
    public async Task RunAsync(IReadOnlyList<HttpClient> clients, IReadOnlyList<int> commitments, int attempts, CancellationToken stop = default)
    {
        await Task.WhenAll(clients.Select((client, c) => Task.Run(async () =>
        {
            for (int n = 0; n < attempts && !stop.IsCancellationRequested; n++)
            {
                int id = commitments[(c + n) % commitments.Count];
                // ASCII, so that it reads the same in the history's JSON however that escapes Vietnamese.
                string marker = string.Create(CultureInfo.InvariantCulture, $"[{name} c{c} n{n} #{id}]");
                try
                {
                    using var read = await client.GetAsync($"/api/commitments/{id}", stop);
                    if (read.StatusCode != HttpStatusCode.OK) { errors.Add($"GET {id}: {(int)read.StatusCode}"); continue; }
                    using var response = n % 2 == 0
                        ? await client.SendJsonAsync(HttpMethod.Patch, $"/api/commitments/{id}", new { text = "Nội dung cam kết " + marker }, read.ETag())
                        : await client.SendJsonAsync(HttpMethod.Post, $"/api/commitments/{id}/updates", new { text = "Đã họp tổ công tác " + marker }, read.ETag());
                    switch (response.StatusCode)
                    {
                        case HttpStatusCode.OK or HttpStatusCode.Created: accepted.Add(marker); break;
                        case HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed: refused.Add(marker); break;
                        default: errors.Add($"{marker}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(CancellationToken.None)}"); break;
                    }
                }
                catch (HttpRequestException)
                {
                    // The server is gone (killed): this client stops, so that only changes really sent count.
                    unanswered.Add(marker);
                    return;
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    unanswered.Add(marker);
                    return;
                }
            }
        }, CancellationToken.None)));
    }
}

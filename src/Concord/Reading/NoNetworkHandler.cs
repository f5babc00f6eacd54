namespace Concord.Reading;

/// <summary>
/// The HTTP handler SmartReader is given: it refuses every request. Reading a page never needs the
/// network (the page is parsed from the file, images are not fetched), and it must never touch it.
/// </summary>
internal sealed class NoNetworkHandler : HttpMessageHandler
{
    public static NoNetworkHandler Instance { get; } = new();

    int attempts;

    /// <summary>Requests refused since the process started; tests assert it stays 0.</summary>
    public int Attempts => Volatile.Read(ref attempts);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref attempts);
        throw new InvalidOperationException($"Concord does not use the network; refused {request.RequestUri}");
    }
}

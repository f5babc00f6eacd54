namespace Concord.Tests.Pages;

/// <summary>A load balancer without sticky sessions in front of several instances of the app: each request goes to
/// the next instance in turn. <see cref="Answered"/> says which instance answered each request.</summary>
public sealed class Balancer(params HttpMessageHandler[] instances) : HttpMessageHandler
{
    readonly HttpMessageInvoker[] invokers = [.. instances.Select(i => new HttpMessageInvoker(i, disposeHandler: true))];
    int next;

    public List<int> Answered { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        int instance = next++ % invokers.Length;
        Answered.Add(instance);
        return invokers[instance].SendAsync(request, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) foreach (var invoker in invokers) invoker.Dispose();
        base.Dispose(disposing);
    }
}

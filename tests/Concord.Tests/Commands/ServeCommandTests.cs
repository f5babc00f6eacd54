using System.Net;
using Concord.Web;

namespace Concord.Tests.Commands;

public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("10.0.0.5", "10.0.0.5/32")]
    [InlineData(" 10.0.0.0/8 ", "10.0.0.0/8")]
    [InlineData("::1", "::1/128")]
    [InlineData("fd00::/8", "fd00::/8")]
    public void TrustedProxy_AnAddressOrANetwork_IsRead(string value, string expected)
    {
        Assert.True(ServeSettings.TryParseProxy(value, out var network));
        Assert.Equal(IPNetwork.Parse(expected), network);
    }

    [Theory]
    [InlineData("proxy.example")]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0.1/8")]
    [InlineData("")]
    public async Task TrustedProxy_AnythingElse_IsRefusedBeforeServing(string value)
    {
        string db = Path.Combine(Path.GetTempPath(), "concord-serve-" + Guid.NewGuid().ToString("N") + ".db");

        // Were the value taken, the server would start and never return: waited for a while, not for ever.
        var serving = Task.Run(() => CliRun.Of("serve", "--db", db, "--urls", "http://127.0.0.1:0", "--trusted-proxy", value));
        bool ended = await Task.WhenAny(serving, Task.Delay(TimeSpan.FromSeconds(60))) == serving;
        Assert.True(ended, $"'{value}' was taken: the server started");
        var run = await serving;

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains($"--trusted-proxy must be an IP address or a network such as 10.0.0.0/8, not '{value}'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("serving on", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(db)); // nothing made
    }
}

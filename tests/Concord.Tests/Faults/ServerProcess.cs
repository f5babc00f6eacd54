using System.Globalization;
using System.Net.Http.Headers;
using Concord.Data.Accounts;
using Concord.Data.Storage;
using Concord.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Faults;

/// <summary><c>concord serve</c> in its own process on a free port of 127.0.0.1, over a given register, with clients
/// that sign in with an API token made directly in the register. Disposing it kills the server.</summary>
public sealed class ServerProcess : IDisposable
{
    readonly List<HttpClient> clients = [];

    ServerProcess(ConcordProcess process, Uri address)
    {
        Process = process;
        Address = address;
    }

    public ConcordProcess Process { get; }

    public Uri Address { get; }

    /// <summary>Starts the server and waits until it answers.</summary>
    public static async Task<ServerProcess> StartAsync(string db, IReadOnlyDictionary<string, string?>? environment = null, int? port = null)
    {
        int p = port ?? ConcordProcess.FreePort();
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{p}/"));
        var process = ConcordProcess.Start(["serve", "--db", db, "--urls", address.ToString().TrimEnd('/')], environment);
        var server = new ServerProcess(process, address);
        try
        {
            await process.WaitForAsync("serving on");
            using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
            for (int i = 0; ; i++)
            {
                try
                {
                    using var response = await probe.GetAsync("/api/statements");
                    return server;
                }
                catch (HttpRequestException) when (i < 100)
                {
                    await Task.Delay(100);
                }
            }
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>A new user of <paramref name="role"/>, made in the register, and a client that acts as them.</summary>
    public async Task<HttpClient> ClientAsync(RegisterStore store, Role role = Role.Coordinator, string? name = null) =>
        Client(await TokenAsync(store, role, name));

    /// <summary>A client that signs in with <paramref name="token"/>.</summary>
    public HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        clients.Add(client);
        return client;
    }

    public static async Task<string> TokenAsync(RegisterStore store, Role role = Role.Coordinator, string? name = null)
    {
        name ??= Roles.Name(role) + "-" + Guid.NewGuid().ToString("N")[..6];
        await using var db = store.Open();
        Assert.Null(await UserAccounts.AddAsync(db, name, "correct horse battery", role, null));
        var user = await db.Users.SingleAsync(u => u.UserName == name);
        return await UserAccounts.CreateTokenAsync(db, user, "faults");
    }

    public void Dispose()
    {
        foreach (var c in clients) c.Dispose();
        Process.Dispose();
    }
}

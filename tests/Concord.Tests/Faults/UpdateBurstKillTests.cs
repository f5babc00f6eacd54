using System.Globalization;
using System.Net;
using Concord.Data.Tests;
using Concord.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Faults;

/// <summary><c>concord serve</c> killed with SIGKILL during a burst of progress updates through the API: after a
/// restart every update it acknowledged (201) is there with its history, the one it was committing is not, and the
/// server takes updates again.</summary>
[Collection(FaultCollection.Name)]
public sealed class UpdateBurstKillTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Server_KilledBeforeACommit_KeepsEveryAcknowledgedUpdateAndNoneOfTheInterrupted(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        Seed seed;
        await using (var db = register.Store.Open()) seed = await Seed.WriteAsync(db);
        int[] ids = [seed.Overdue, seed.DueSoon, seed.Completed];
        string token = await ServerProcess.TokenAsync(register.Store);
        var acknowledged = new List<string>();
        string? interrupted = null;
        // The server pauses before its fifth commit of a save, whichever request that is, and is killed there.
        using (var server = await ServerProcess.StartAsync(KillTests.Db(register), KillTests.Pause("commit:5")))
        {
            using var client = server.Client(token);
            var etags = ids.ToDictionary(id => id, _ => "\"1\"");
            for (int n = 1; n <= 20 && interrupted is null; n++)
            {
                int id = ids[n % ids.Length];
                string text = string.Create(CultureInfo.InvariantCulture, $"Cập nhật {n}: đã họp tổ công tác.");
                var sending = client.SendJsonAsync(HttpMethod.Post, $"/api/commitments/{id}/updates", new { text }, etags[id]);
                while (!sending.IsCompleted && !server.Process.Printed("concord-fault: paused"))
                    await Task.WhenAny(sending, Task.Delay(50));
                if (!sending.IsCompleted)
                {
                    server.Process.Kill();
                    await Assert.ThrowsAnyAsync<HttpRequestException>(() => sending);
                    interrupted = text;
                    break;
                }
                using var response = await sending;
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                etags[id] = response.ETag();
                acknowledged.Add(text);
            }
        }
        Assert.NotNull(interrupted);
        Assert.NotEmpty(acknowledged);

        await RegisterChecks.AssertConsistentAsync(register.Store);
        await using (var db = register.Store.Open())
        {
            var texts = await db.Updates.Select(u => u.Text).ToListAsync();
            Assert.Equal(acknowledged.Order(StringComparer.Ordinal), texts.Order(StringComparer.Ordinal));
            Assert.DoesNotContain(interrupted, texts);
        }
        using (var restarted = await ServerProcess.StartAsync(KillTests.Db(register)))
        {
            using var client = restarted.Client(token);
            using var read = await client.GetAsync($"/api/commitments/{ids[0]}");
            using var again = await client.SendJsonAsync(HttpMethod.Post, $"/api/commitments/{ids[0]}/updates", new { text = interrupted }, read.ETag());
            Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        }
        await RegisterChecks.AssertConsistentAsync(register.Store);
    }
}

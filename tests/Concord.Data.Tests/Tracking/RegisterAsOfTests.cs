using Concord.Data.History;
using Concord.Data.Register;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Tests.Tracking;

public sealed class RegisterAsOfTests
{
    sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 10, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Read_RebuildsEachRecordAsOfTheEndOfTheDay(string provider)
    {
        var clock = new Clock();
        await using var register = await TestRegister.CreateAsync(provider, clock);
        int statementId, commitmentId;
        await using (var db = register.Store.Open())
        {
            var s = new Statement { Key = "s", Title = "Tuyên bố chung", PartyA = "Aurelia", PartyB = "Norvania" };
            var item = new Item { Path = "1", Pillar = "1", Kind = "item", Statement = s };
            db.Items.Add(item);
            await db.SaveChangesAsync();
            var c = new Commitment { StatementId = s.Id, ItemId = item.Id, Text = "mở lãnh sự quán", Parties = [new CommitmentParty { Party = "Aurelia" }] };
            db.Commitments.Add(c);
            await db.SaveChangesAsync();
            (statementId, commitmentId) = (s.Id, c.Id);
        }
        clock.Now = new DateTimeOffset(2026, 2, 1, 23, 59, 0, TimeSpan.Zero);
        await using (var db = register.Store.Open())
        {
            var c = await db.Commitments.SingleAsync();
            c.Status = CommitmentStatus.InProgress;
            await db.SaveChangesAsync();
        }
        clock.Now = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        await using (var db = register.Store.Open())
        {
            db.Commitments.Remove(await db.Commitments.SingleAsync());
            await db.SaveChangesAsync();
        }

        await using var read = register.Store.Open();
        var before = await RegisterAsOf.ReadAsync(read, statementId, new DateOnly(2026, 1, 9));
        var january = await RegisterAsOf.ReadAsync(read, statementId, new DateOnly(2026, 1, 31));
        var february = await RegisterAsOf.ReadAsync(read, statementId, new DateOnly(2026, 2, 1));
        var march = await RegisterAsOf.ReadAsync(read, statementId, new DateOnly(2026, 3, 1));

        static System.Text.Json.Nodes.JsonArray Commitments(System.Text.Json.Nodes.JsonObject asOf) => asOf["statement"]!["items"]![0]!["commitments"]!.AsArray();
        Assert.Null(before);
        Assert.Equal("Tuyên bố chung", january!["statement"]!["title"]!.GetValue<string>());
        Assert.Equal(("NotStarted", "Aurelia"), (Commitments(january)[0]!["status"]!.GetValue<string>(), Commitments(january)[0]!["parties"]![0]!["party"]!.GetValue<string>()));
        Assert.Equal("InProgress", Commitments(february!)[0]!["status"]!.GetValue<string>());
        Assert.Empty(Commitments(march!));
        Assert.Equal(commitmentId, Commitments(january)[0]!["id"]!.GetValue<int>());
    }
}

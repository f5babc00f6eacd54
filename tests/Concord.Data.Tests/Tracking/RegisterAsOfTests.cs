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

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Changes_OfEveryPart_NameTheirStatementAndCommitment_SoAsOfReadsOneStatementAndKeepsDeletionsDeleted(string provider)
    {
        var clock = new Clock();
        await using var register = await TestRegister.CreateAsync(provider, clock);
        int first, second, commitmentId;
        await using (var db = register.Store.Open())
        {
            var agency = new Agency { NameVi = "Bộ Cảng biển", NameEn = "Ministry of Ports", Country = "Aurelia" };
            var statements = new[] { "a", "b" }.Select(k => new Statement { Key = k, Title = k, PartyA = "Aurelia", PartyB = "Norvania" }).ToList();
            foreach (var s in statements)
            {
                var item = new Item { Path = "1", Pillar = "1", Kind = "item", Statement = s };
                item.Texts.Add(new ItemText { Version = new StatementVersion { Language = "vi", Source = s.Key, Hash = s.Key, Format = "text", Encoding = "utf-8", Text = "1.", Statement = s }, Path = "1", Text = "văn bản" });
                db.Items.Add(item);
            }
            await db.SaveChangesAsync();
            var commitments = statements.Select(s => new Commitment
            {
                StatementId = s.Id, ItemId = db.Items.Local.Single(i => i.StatementId == s.Id).Id, Text = "xây cảng",
                Agencies = [new CommitmentAgency { Agency = agency, Party = "Aurelia", Role = "lead" }],
                Targets = [new Target { Metric = "cảng", Unit = "cảng", Comparator = "gte", Value = 2, Measurements = [new Measurement { Date = new DateOnly(2026, 1, 5), Value = 1, Source = "báo cáo" }] }],
                Updates = [new ProgressUpdate { Date = new DateOnly(2026, 1, 6), Author = "lan", Text = "khởi công", CreatedAt = clock.Now.UtcDateTime,
                    Evidence = [new Evidence { Kind = EvidenceKind.Press, Title = "tin", Url = "https://example.org/a" }] }],
            }).ToList();
            db.Commitments.AddRange(commitments);
            await db.SaveChangesAsync();
            (first, second, commitmentId) = (statements[0].Id, statements[1].Id, commitments[0].Id);
        }
        clock.Now = new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);
        await using (var db = register.Store.Open())
        {
            db.CommitmentAgencies.Remove(await db.CommitmentAgencies.SingleAsync(a => a.CommitmentId == commitmentId));
            await db.SaveChangesAsync();
        }

        await using var read = register.Store.Open();
        var parts = await read.Changes.Where(c => c.Entity != "Agency").ToListAsync();
        Assert.All(parts, c => Assert.NotNull(c.StatementId));
        Assert.Equal(2, parts.Count(c => c.Entity == "Evidence" && c.CommitmentId != null));
        Assert.Equal(2, parts.Count(c => c.Entity == "Measurement" && c.CommitmentId != null));
        var removed = Assert.Single(parts, c => c.Operation == "deleted");
        Assert.Equal((first, commitmentId), (removed.StatementId, removed.CommitmentId));

        static System.Text.Json.Nodes.JsonObject Commitment(System.Text.Json.Nodes.JsonObject asOf) => asOf["statement"]!["items"]![0]!["commitments"]![0]!.AsObject();
        var january = Commitment((await RegisterAsOf.ReadAsync(read, first, new DateOnly(2026, 1, 31)))!);
        var february = Commitment((await RegisterAsOf.ReadAsync(read, first, new DateOnly(2026, 2, 1)))!);
        Assert.Single(january["agencies"]!.AsArray());
        Assert.Empty(february["agencies"]!.AsArray());
        Assert.Equal("báo cáo", february["targets"]![0]!["measurements"]![0]!["source"]!.GetValue<string>());
        Assert.Equal("tin", february["updates"]![0]!["evidence"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(commitmentId, january["id"]!.GetValue<int>());
        Assert.Single(Commitment((await RegisterAsOf.ReadAsync(read, second, new DateOnly(2026, 2, 1)))!)["agencies"]!.AsArray());
    }
}

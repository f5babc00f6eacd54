using System.IO.Compression;
using System.Text;
using Concord.Data.Exchange;
using Concord.Data.History;
using Concord.Data.Register;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Tests.Exchange;

public sealed class BackupTests
{
    internal static async Task<(byte[] Archive, BackupManifest Manifest)> BackupAsync(TestRegister register)
    {
        await using var db = register.Store.Open();
        using var stream = new MemoryStream();
        var manifest = await RegisterBackup.WriteAsync(db, stream);
        return (stream.ToArray(), manifest);
    }

    internal static async Task<RestoreResult> RestoreAsync(TestRegister register, byte[] archive)
    {
        await using var db = register.Store.Open();
        return await RegisterRestore.RestoreAsync(db, new MemoryStream(archive));
    }

    static Dictionary<string, string> Tables(byte[] archive)
    {
        using var zip = new ZipArchive(new MemoryStream(archive));
        return zip.Entries.Where(e => e.FullName != BackupManifest.EntryName).ToDictionary(
            e => e.FullName, e => new StreamReader(e.Open(), Encoding.UTF8).ReadToEnd(), StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Restore_OfASqliteBackup_GivesBackEveryRowOfEveryTable(string target)
    {
        await using var source = await TestRegister.CreateAsync("sqlite", FixedClock.Default);
        await ExchangeSample.ArrangeAsync(source.Store);
        var (archive, manifest) = await BackupAsync(source);
        await using var restored = await TestRegister.CreateAsync(target, FixedClock.Default);

        var result = await RestoreAsync(restored, archive);

        Assert.Null(result.Refusal);
        Assert.Equal("sqlite", manifest.Provider);
        Assert.Equal(3, manifest.Tables["Commitment"]);
        Assert.True(manifest.Tables["Change"] > 10);
        var (again, _) = await BackupAsync(restored);
        var before = Tables(archive);
        var after = Tables(again);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, rows) in before)
            Assert.True(rows == after[name], $"{name} differs after the round trip");
        Assert.Contains("Bộ Kế hoạch và Đầu tư", before["tables/Agency.jsonl"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Restore_KeepsKeysAndNewRecordsGetTheNextOnes_AndMovesTheRevision(string provider)
    {
        await using var source = await TestRegister.CreateAsync("sqlite", FixedClock.Default);
        var sample = await ExchangeSample.ArrangeAsync(source.Store);
        var (archive, _) = await BackupAsync(source);
        await using var restored = await TestRegister.CreateAsync(provider, FixedClock.Default);
        long before;
        await using (var empty = restored.Store.Open()) before = await RegisterRevision.ReadAsync(empty);
        Assert.Null((await RestoreAsync(restored, archive)).Refusal);

        await using var db = restored.Store.Open();
        // A cache that saw the empty register must not answer for the restored one.
        Assert.True(await RegisterRevision.ReadAsync(db) > before);
        var kept = await db.Commitments.Include(c => c.Agencies).SingleAsync(c => c.Id == sample.CommitmentIds[0]);
        Assert.Equal("đào tạo 20.000 kỹ sư bán dẫn đến năm 2030", kept.Text);
        Assert.Contains(kept.Agencies, a => a.AgencyId == sample.Mpi && a.Role == "lead");
        var agency = new Agency { NameVi = "Bộ Công Thương", NameEn = "Ministry of Industry and Trade", Country = "Việt Nam" };
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        Assert.True(agency.Id > sample.Mpi);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Backup_TakenWhileAnotherTaskWrites_RestoresToAConsistentRegister(string provider)
    {
        await using var source = await TestRegister.CreateAsync(provider);
        using var stop = new CancellationTokenSource();
        int written = 0;
        var writer = Task.Run(async () =>
        {
            for (int i = 0; i < 400 && !stop.IsCancellationRequested; i++)
            {
                await using var db = source.Store.Open();
                db.Actor = "writer";
                var s = new Statement { Key = $"s-{i}", Title = $"Tuyên bố số {i}", PartyA = "Việt Nam", PartyB = "Nhật Bản", CreatedAt = db.Now };
                var item = new Item { Statement = s, Path = "1", Pillar = "1", Kind = "item" };
                s.Items.Add(item);
                db.Statements.Add(s);
                await db.SaveChangesAsync();
                var c = new Commitment { StatementId = s.Id, Item = item, Text = $"cam kết {i}" };
                c.Parties.Add(new CommitmentParty { Party = "Việt Nam" });
                db.Commitments.Add(c);
                await db.SaveChangesAsync();
                Interlocked.Increment(ref written);
            }
        });
        while (Volatile.Read(ref written) < 5 && !writer.IsCompleted) await Task.Delay(10);

        var (archive, manifest) = await BackupAsync(source);
        await stop.CancelAsync();
        await writer;

        await using var restored = await TestRegister.CreateAsync(provider);
        Assert.Null((await RestoreAsync(restored, archive)).Refusal);
        await using var db = restored.Store.Open();
        Assert.Equal(manifest.Tables["Statement"], await db.Statements.CountAsync());
        Assert.Equal(manifest.Tables["Commitment"], await db.Commitments.CountAsync());
        Assert.Equal(manifest.Tables["Change"], await db.Changes.CountAsync());
        Assert.True(manifest.Tables["Statement"] >= 5);
        // One moment: every statement's history is there and no history of a statement that is not.
        Assert.Equal(await db.Statements.CountAsync(), await db.Changes.CountAsync(c => c.Entity == "Statement"));
        Assert.Equal(await db.Commitments.CountAsync(), await db.Changes.CountAsync(c => c.Entity == "Commitment"));
        Assert.Equal(0, await db.Commitments.CountAsync(c => !db.Items.Any(i => i.Id == c.ItemId)));
        Assert.Equal(0, await db.CommitmentParties.CountAsync(p => !db.Commitments.Any(c => c.Id == p.CommitmentId)));
    }

    [Fact]
    public async Task Restore_IntoARegisterThatHoldsData_IsRefusedAndSaysHowToMakeAnEmptyOne()
    {
        await using var source = await TestRegister.CreateAsync("sqlite");
        await ExchangeSample.ArrangeAsync(source.Store);
        var (archive, _) = await BackupAsync(source);

        var result = await RestoreAsync(source, archive);

        Assert.Contains("not empty", result.Refusal, StringComparison.Ordinal);
        Assert.Contains("--db", result.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../escape.jsonl")]
    [InlineData("/etc/escape.jsonl")]
    [InlineData("tables/../../escape.jsonl")]
    public async Task Restore_ArchiveWithAnEntryOutsideItsFolders_IsRefused(string entryName)
    {
        await using var source = await TestRegister.CreateAsync("sqlite");
        await ExchangeSample.ArrangeAsync(source.Store);
        var (archive, _) = await BackupAsync(source);
        using var stream = new MemoryStream();
        stream.Write(archive);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry(entryName).Open()))
            writer.Write("{}");
        await using var target = await TestRegister.CreateAsync("sqlite");

        var result = await RestoreAsync(target, stream.ToArray());

        Assert.Contains("unsafe path", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_OfATruncatedTable_IsRefusedAndWritesNothing()
    {
        await using var source = await TestRegister.CreateAsync("sqlite");
        await ExchangeSample.ArrangeAsync(source.Store);
        var (archive, _) = await BackupAsync(source);
        using var stream = new MemoryStream();
        stream.Write(archive);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("tables/Commitment.jsonl")!;
            string rows;
            using (var reader = new StreamReader(entry.Open())) rows = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("tables/Commitment.jsonl").Open());
            writer.Write(rows[..(rows.IndexOf('\n', StringComparison.Ordinal) + 1)]);
        }
        await using var target = await TestRegister.CreateAsync("sqlite");

        var result = await RestoreAsync(target, stream.ToArray());

        Assert.Contains("Commitment has 1 rows, its manifest says 3", result.Refusal, StringComparison.Ordinal);
        await using var db = target.Store.Open();
        Assert.Equal(0, await db.Statements.CountAsync());
        Assert.Equal(0, await db.Agencies.CountAsync());
    }
}

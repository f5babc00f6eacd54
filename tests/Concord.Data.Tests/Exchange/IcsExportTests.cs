using System.Text;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Tests.Exchange;

public sealed class IcsExportTests
{
    static IReadOnlyList<CalendarEvent> Parse(byte[] bytes) =>
        [.. Ical.Net.Calendar.Load(Encoding.UTF8.GetString(bytes))!.Events];

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Ics_ParsedWithIcalNet_HasAnAllDayEventOnEachDeadlineAndTheStatementsEvents(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        var sample = await ExchangeSample.ArrangeAsync(register.Store);

        var events = Parse(await ExportTests.ExportAgainAsync(register, "ics"));

        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.True(e.IsAllDay));
        var training = events.Single(e => e.Uid!.StartsWith($"commitment-{sample.CommitmentIds[0]}.", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2030, 12, 31), training.DtStart!.Date);
        Assert.Equal("3.1: đào tạo 20.000 kỹ sư bán dẫn đến năm 2030", training.Summary);
        Assert.Contains("Bộ Kế hoạch và Đầu tư", training.Description, StringComparison.Ordinal);
        var dialogue = events.Single(e => e.Uid!.StartsWith($"commitment-{sample.CommitmentIds[1]}.", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 9, 30), dialogue.DtStart!.Date);
        var festival = events.Single(e => e.Uid!.StartsWith("event-", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 10, 17), festival.DtStart!.Date);
    }

    [Fact]
    public async Task Ics_AfterTheDeadlineMoves_KeepsTheUidAndRaisesTheSequence()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        var sample = await ExchangeSample.ArrangeAsync(register.Store);
        var before = Parse(await ExportTests.ExportAgainAsync(register, "ics")).Single(e => e.Uid!.StartsWith($"commitment-{sample.CommitmentIds[1]}.", StringComparison.Ordinal));
        await using (var db = register.Store.Open())
        {
            var c = await db.Commitments.SingleAsync(c => c.Id == sample.CommitmentIds[1]);
            c.DeadlineEnd = new DateOnly(2026, 11, 30);
            await db.SaveChangesAsync();
        }

        var after = Parse(await ExportTests.ExportAgainAsync(register, "ics")).Single(e => e.Uid == before.Uid);

        Assert.Equal(new DateOnly(2026, 11, 30), after.DtStart!.Date);
        Assert.True(after.Sequence > before.Sequence);
    }

    [Fact]
    public async Task Ics_ForOneAgency_HasOnlyItsDeadlines()
    {
        await using var register = await TestRegister.CreateAsync("sqlite");
        var sample = await ExchangeSample.ArrangeAsync(register.Store);

        var events = Parse(await ExportTests.ExportAgainAsync(register, "ics", agency: sample.Mpi));

        Assert.Equal([$"commitment-{sample.CommitmentIds[0]}.{ExchangeSample.Key}@concord"], events.Select(e => e.Uid));
    }
}

using Concord.Data.Register;
using Concord.Data.Tests.Exchange;
using Concord.Data.Tests.Reports;
using Concord.Data.Tracking;

namespace Concord.Data.Tests.Tracking;

public sealed class TimelineTests
{
    static async Task<(TimelineResult? Result, ExchangeSample Sample)> LoadAsync(string provider, TimelineFilter filter, string language = "vi")
    {
        await using var register = await TestRegister.CreateAsync(provider, FixedClock.Default);
        var sample = await ExchangeSample.ArrangeAsync(register.Store);
        await using var db = register.Store.Open();
        return (await Timeline.LoadAsync(db, filter, language), sample);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Load_OneStatement_GivesBarsFromTheStatementDateAndItsEventsByDate(string provider)
    {
        var (result, sample) = await LoadAsync(provider, new TimelineFilter(ExchangeSample.Key));

        Assert.NotNull(result);
        Assert.Equal((2, 1, new DateOnly(2026, 4, 1)), (result.Total, result.Undated, result.Today));
        Assert.Equal([TimelineKind.Deadline, TimelineKind.Event, TimelineKind.Deadline], result.Rows.Select(r => r.Kind));
        var dialogue = result.Rows[0];
        Assert.Equal((sample.CommitmentIds[1], "4.2", "4"), (dialogue.Id, dialogue.Path, dialogue.Pillar));
        Assert.Equal((new DateOnly(2026, 3, 12), new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30)), (dialogue.Start, dialogue.WindowStart, dialogue.End));
        Assert.Equal((CommitmentStatus.NotStarted, DeadlineState.Open), (dialogue.Status, dialogue.State));
        Assert.Equal(["Bộ Ngoại giao", "Bộ Ngoại giao Nhật Bản"], dialogue.Lead);
        var festival = result.Rows[1];
        Assert.Equal(("Lễ hội Văn hóa Đà Nẵng (Da Nang Culture Festival)", new DateOnly(2026, 10, 17), (CommitmentStatus?)null),
            (festival.Label, festival.Start, festival.Status));
        Assert.Equal(new DateOnly(2030, 12, 31), result.Rows[2].End);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Load_InEnglish_LabelsWithTheEnglishClauseAndAgencyNames(string provider)
    {
        var (result, _) = await LoadAsync(provider, new TimelineFilter(ExchangeSample.Key, Pillar: "3"), "en");

        var row = Assert.Single(result!.Rows);
        Assert.Equal("train 20,000 semiconductor engineers by 2030", row.Label);
        Assert.Equal(["Ministry of Planning and Investment"], row.Lead);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Load_ByAgency_KeepsItsCommitmentsAndLeavesEventsOut(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider, FixedClock.Default);
        var sample = await ExchangeSample.ArrangeAsync(register.Store);
        await using var db = register.Store.Open();

        var japan = await Timeline.LoadAsync(db, new TimelineFilter(Agency: sample.MofaJp), "vi");
        var vietnam = await Timeline.LoadAsync(db, new TimelineFilter(Agency: sample.MofaVn), "vi");
        var pillar4 = await Timeline.LoadAsync(db, new TimelineFilter(Pillar: "4"), "vi");

        Assert.Equal([sample.CommitmentIds[1]], japan!.Rows.Select(r => r.Id));
        Assert.Equal([sample.CommitmentIds[1], sample.CommitmentIds[0]], vietnam!.Rows.Select(r => r.Id));
        Assert.Equal([TimelineKind.Deadline, TimelineKind.Event], pillar4!.Rows.Select(r => r.Kind));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Load_ByStatus_GivesThoseStatusesWithTheirStateToday(string provider)
    {
        var clock = new MovingClock();
        await using var register = await TestRegister.CreateAsync(provider, clock);
        var sample = await ReportSample.ArrangeAsync(register.Store, clock);
        await using var db = register.Store.Open();

        var result = await Timeline.LoadAsync(db, new TimelineFilter(Statuses: [CommitmentStatus.InProgress]), "vi");

        Assert.Equal([(sample.Overdue, DeadlineState.Overdue), (sample.DueSoon, DeadlineState.DueSoon)], result!.Rows.Select(r => (r.Id, r.State)));
        // The statement was signed on 28 April 2025: bars start there.
        Assert.All(result.Rows, r => Assert.Equal(new DateOnly(2025, 4, 28), r.Start));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Load_UnknownStatementIsNull_AndTheLimitCutsTheRowsButNotTheTotal(string provider)
    {
        var (missing, _) = await LoadAsync(provider, new TimelineFilter("no-such-statement"));
        var (cut, _) = await LoadAsync(provider, new TimelineFilter(ExchangeSample.Key, Limit: 1, Statuses: [CommitmentStatus.NotStarted]));

        Assert.Null(missing);
        Assert.Equal((1, 2), (cut!.Rows.Count, cut.Total));
    }
}

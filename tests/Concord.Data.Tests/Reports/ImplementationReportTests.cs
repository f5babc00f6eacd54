using Concord.Data.Register;
using Concord.Data.Reports;
using Concord.Data.Tracking;

namespace Concord.Data.Tests.Reports;

public sealed class ImplementationReportTests
{
    static async Task<(ImplementationReport Report, ReportSample Sample)> BuildAsync(string provider, string language = "vi", DateOnly? asOf = null)
    {
        var clock = new MovingClock();
        await using var register = await TestRegister.CreateAsync(provider, clock);
        var sample = await ReportSample.ArrangeAsync(register.Store, clock);
        await using var db = register.Store.Open();
        var report = await ImplementationReports.BuildAsync(db, ReportSample.Key, language, asOf);
        Assert.NotNull(report);
        return (report, sample);
    }

    static IEnumerable<int> Ids(IReadOnlyList<ReportCommitment> rows) => rows.Select(r => r.Id);

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Build_Today_PutsEachCommitmentInOneSectionOfItsPillar(string provider)
    {
        var (report, sample) = await BuildAsync(provider);

        Assert.Equal(new DateOnly(2026, 6, 15), report.AsOf);
        Assert.False(report.Historical);
        Assert.Equal(["1", "2"], report.Pillars.Select(p => p.Pillar));
        var (one, two) = (report.Pillars[0], report.Pillars[1]);
        Assert.Equal([sample.Completed], Ids(one.Done));
        // In the order of the text: point 1's own clause before item 1.1's.
        Assert.Equal([sample.Stalled, sample.Overdue], Ids(one.Late));
        Assert.Empty(one.InProgress);
        Assert.Equal([sample.DueSoon], Ids(two.InProgress));
        Assert.Equal([sample.WithTarget], Ids(two.NotStarted));
        Assert.Equal([sample.Dropped], Ids(two.Closed));
        Assert.DoesNotContain(report.AllCommitments(), c => c.Commitment.Id == sample.NotACommitment);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Build_LateCommitments_CarryDaysOverdueAndTheLatestUpdateAsTheReason(string provider)
    {
        var (report, sample) = await BuildAsync(provider);

        var late = report.Pillars[0].Late;
        var overdue = late.Single(c => c.Id == sample.Overdue);
        Assert.Equal(DeadlineState.Overdue, overdue.Deadline);
        Assert.Equal(76, overdue.DaysOverdue);
        Assert.Equal(ReportSample.OverdueReason, overdue.LatestUpdate?.Text);
        Assert.Equal(["Bộ Kế hoạch và Đầu tư"], overdue.Lead);
        Assert.Equal(["Bộ Giao thông vận tải"], overdue.Support);
        var stalled = late.Single(c => c.Id == sample.Stalled);
        Assert.Equal((CommitmentStatus.Stalled, (int?)null, (ReportUpdate?)null), (stalled.Status, stalled.DaysOverdue, stalled.LatestUpdate));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Build_Counts_SummariseCommitmentsTargetsAndMechanisms(string provider)
    {
        var (report, _) = await BuildAsync(provider);

        Assert.Equal(new ReportCounts(Total: 6, Completed: 1, InProgress: 2, NotStarted: 1, Stalled: 1, Closed: 1, Overdue: 1, DueSoon: 1),
            report.Summary.Commitments);
        Assert.Equal(new ReportCounts(3, 1, 1, 0, 1, 0, 1, 0), report.Pillars[0].Counts);
        Assert.Equal((1, 0, 0, 1, 0), (report.Summary.Targets, report.Summary.TargetsMet, report.Summary.TargetsOnTrack,
            report.Summary.TargetsBehind, report.Summary.TargetsUnknown));
        Assert.Equal((2, 1), (report.Summary.Mechanisms, report.Summary.MechanismsLapsed));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Build_Target_IsBehindItsPaceWithNeededAndAchievedRates(string provider)
    {
        var (report, sample) = await BuildAsync(provider);

        var target = Assert.Single(report.Pillars[1].Targets);
        Assert.Equal((sample.WithTarget, "2"), (target.CommitmentId, target.Path));
        Assert.Equal(PaceState.Behind, target.Pace.State);
        Assert.Equal(1_250_000m, target.Pace.Latest);
        // 750,000 more in two years is about 375,000 a year; 250,000 came in the year measured.
        Assert.InRange(target.Pace.NeededPerYear!.Value, 374_000m, 376_000m);
        Assert.InRange(target.Pace.AchievedPerYear!.Value, 249_000m, 251_000m);
        Assert.Equal([new ReportMeasurement(new DateOnly(2025, 12, 31), 1_250_000m, "Tổng cục Thống kê")], target.Measurements);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Build_Mechanisms_LapsedWhenNoMeetingWithinTheCadence(string provider)
    {
        var (report, _) = await BuildAsync(provider);

        var committee = report.Mechanisms.Single(m => m.Name.StartsWith("Ủy ban", StringComparison.Ordinal));
        var dialogue = report.Mechanisms.Single(m => m.Name == "Đối thoại 2+2");
        Assert.Equal((true, new DateOnly(2025, 3, 1), new DateOnly(2026, 3, 1)), (committee.Cadence.Lapsed, committee.Cadence.LastMet, committee.Cadence.DueBy));
        Assert.Equal((false, 1), (dialogue.Cadence.Lapsed, dialogue.Meetings));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Build_InVietnameseAndEnglish_UsesThatVersionsWordsAndAgencyNames(string provider)
    {
        var (vi, sample) = await BuildAsync(provider, "vi");
        var (en, _) = await BuildAsync(provider, "en");

        Assert.Equal("Hợp tác kinh tế và kết nối hạ tầng", vi.Pillars[0].Heading);
        Assert.Equal("Economic cooperation and infrastructure", en.Pillars[0].Heading);
        Assert.Equal("hoàn thành nghiên cứu khả thi tuyến đường sắt Bắc – Nam", vi.Pillars[0].Done[0].Text);
        Assert.Equal("complete the feasibility study of the North–South railway", en.Pillars[0].Done[0].Text);
        // Without an English source the clause stays as the register has it.
        Assert.Equal("thành lập quỹ đầu tư hạ tầng chung", en.Pillars[0].Late.Single(c => c.Id == sample.Stalled).Text);
        Assert.Equal(["Ministry of Planning and Investment"], en.Pillars[0].Late.Single(c => c.Id == sample.Overdue).Lead);
        Assert.StartsWith("Hai bên nhất trí mở rộng giao lưu", vi.Pillars[1].Heading, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Build_AsOfAPastDay_ReportsTheStatusesOfThatDay(string provider)
    {
        var (report, sample) = await BuildAsync(provider, asOf: new DateOnly(2026, 2, 1));

        Assert.True(report.Historical);
        Assert.Equal(new DateOnly(2026, 2, 1), report.AsOf);
        var trade = report.Pillars[0].NotStarted.Single(c => c.Id == sample.Overdue);
        Assert.Equal((CommitmentStatus.NotStarted, DeadlineState.Open, (ReportUpdate?)null), (trade.Status, trade.Deadline, trade.LatestUpdate));
        Assert.Equal(["Bộ Kế hoạch và Đầu tư"], trade.Lead);
        Assert.Equal("Hợp tác kinh tế và kết nối hạ tầng", report.Pillars[0].Heading);
        Assert.Equal("hoàn thành nghiên cứu khả thi tuyến đường sắt Bắc – Nam", report.Pillars[0].Done[0].Text);
        Assert.Equal(PaceState.Behind, Assert.Single(report.AllTargets()).Pace.State);
        // The dialogue's meeting in May 2026 had not happened yet.
        Assert.Equal(0, report.Mechanisms.Single(m => m.Name == "Đối thoại 2+2").Meetings);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Build_AsOfADayBeforeAnAgencyWasRenamed_NamesItAsItWasThen(string provider)
    {
        var clock = new MovingClock();
        await using var register = await TestRegister.CreateAsync(provider, clock);
        var sample = await ReportSample.ArrangeAsync(register.Store, clock);
        // The ministry is merged into another on 2026-03-01 and takes its name.
        clock.Now = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        await using (var db = register.Store.Open())
        {
            var mpi = await db.Agencies.FindAsync(sample.Mpi);
            (mpi!.NameVi, mpi.NameEn) = ("Bộ Tài chính", "Ministry of Finance");
            await db.SaveChangesAsync();
        }
        clock.Now = ReportSample.Today;
        await using var reader = register.Store.Open();

        var before = await ImplementationReports.BuildAsync(reader, ReportSample.Key, "en", new DateOnly(2026, 2, 28));
        var after = await ImplementationReports.BuildAsync(reader, ReportSample.Key, "en", new DateOnly(2026, 3, 1));
        var now = await ImplementationReports.BuildAsync(reader, ReportSample.Key, "vi");

        static IReadOnlyList<string> Lead(ImplementationReport? report, int id) =>
            report!.AllCommitments().Single(x => x.Commitment.Id == id).Commitment.Lead;
        Assert.Equal(["Ministry of Planning and Investment"], Lead(before, sample.Overdue));
        Assert.Equal(["Ministry of Finance"], Lead(after, sample.Overdue));
        Assert.Equal(["Bộ Tài chính"], Lead(now, sample.Overdue));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Build_UnknownStatementOrADayBeforeItExisted_IsNull(string provider)
    {
        var clock = new MovingClock();
        await using var register = await TestRegister.CreateAsync(provider, clock);
        await ReportSample.ArrangeAsync(register.Store, clock);
        await using var db = register.Store.Open();

        Assert.Null(await ImplementationReports.BuildAsync(db, "no-such-statement", "vi"));
        Assert.Null(await ImplementationReports.BuildAsync(db, ReportSample.Key, "vi", new DateOnly(2026, 1, 9)));
    }
}

using Concord.Data.Register;
using Concord.Data.Tracking;

namespace Concord.Data.Tests.Tracking;

public sealed class DeadlinesTests
{
    static readonly DateOnly Today = new(2026, 6, 15);

    [Theory]
    [InlineData("2026-06-14", CommitmentStatus.NotStarted, DeadlineState.Overdue)]
    [InlineData("2026-06-14", CommitmentStatus.Stalled, DeadlineState.Overdue)]
    [InlineData("2026-06-15", CommitmentStatus.InProgress, DeadlineState.DueSoon)]
    [InlineData("2026-07-15", CommitmentStatus.InProgress, DeadlineState.DueSoon)]
    [InlineData("2026-07-16", CommitmentStatus.InProgress, DeadlineState.Open)]
    [InlineData("2026-01-01", CommitmentStatus.Completed, DeadlineState.Closed)]
    [InlineData("2026-01-01", CommitmentStatus.Dropped, DeadlineState.Closed)]
    [InlineData("2026-01-01", CommitmentStatus.Superseded, DeadlineState.Closed)]
    public void Evaluate_DefaultWindow_ReadsTheDeadlineAgainstToday(string end, CommitmentStatus status, DeadlineState expected) =>
        Assert.Equal(expected, Deadlines.Evaluate(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), status, Today));

    [Fact]
    public void Evaluate_NoDeadline_IsNone() =>
        Assert.Equal(DeadlineState.None, Deadlines.Evaluate(null, CommitmentStatus.NotStarted, Today));

    [Fact]
    public void Evaluate_NarrowWindow_LeavesAMonthAwayOpen() =>
        Assert.Equal(DeadlineState.Open, Deadlines.Evaluate(new DateOnly(2026, 7, 1), CommitmentStatus.NotStarted, Today, dueSoonDays: 7));

    [Fact]
    public void Today_IsTheUtcDateOfTheClock()
    {
        var late = new FixedTime(new DateTimeOffset(2026, 6, 15, 23, 30, 0, TimeSpan.FromHours(-5)));
        Assert.Equal(new DateOnly(2026, 6, 16), Deadlines.Today(late));
    }

    [Fact]
    public void Options_WindowOutOfRange_SaysWhy() =>
        Assert.Contains("between 0 and 3660", new TrackingOptions(-1).Validate(), StringComparison.Ordinal);

    sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}

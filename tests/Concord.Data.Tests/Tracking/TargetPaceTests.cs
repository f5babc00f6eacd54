using Concord.Data.Register;
using Concord.Data.Tracking;

namespace Concord.Data.Tests.Tracking;

public sealed class TargetPaceTests
{
    static readonly DateOnly Today = new(2026, 6, 15);

    static Target Engineers(string comparator = "gte", decimal value = 5000) => new()
    {
        Metric = "engineers trained", Unit = "engineers", Comparator = comparator, Value = value,
        Baseline = 0, BaselineDate = new DateOnly(2025, 1, 1), DueDate = new DateOnly(2030, 1, 1),
    };

    static Measurement At(string date, decimal value) =>
        new() { Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Value = value, Source = "report" };

    [Fact]
    public void Compute_FastEnoughSoFar_IsOnTrack()
    {
        var pace = TargetPace.Compute(Engineers(), [At("2026-01-01", 2000)], Today);

        Assert.Equal(PaceState.OnTrack, pace.State);
        Assert.Equal(2000m, pace.Latest);
        Assert.True(pace.AchievedPerYear > pace.NeededPerYear);
    }

    [Fact]
    public void Compute_TooSlowSoFar_IsBehind()
    {
        var pace = TargetPace.Compute(Engineers(), [At("2026-01-01", 300)], Today);

        Assert.Equal(PaceState.Behind, pace.State);
        Assert.Equal(300m, pace.AchievedPerYear!.Value, 0);
    }

    [Fact]
    public void Compute_LatestReachesTheTarget_IsMet() =>
        Assert.Equal(PaceState.Met, TargetPace.Compute(Engineers(), [At("2025-06-01", 100), At("2026-05-01", 5200)], Today).State);

    [Fact]
    public void Compute_UsesTheLatestMeasurementByDate_NotTheOrderGiven() =>
        Assert.Equal(2000m, TargetPace.Compute(Engineers(), [At("2026-01-01", 2000), At("2025-06-01", 100)], Today).Latest);

    [Fact]
    public void Compute_NoMeasurementYet_IsUnknownButSaysTheNeededRate()
    {
        var pace = TargetPace.Compute(Engineers(), [], Today);

        Assert.Equal(PaceState.Unknown, pace.State);
        Assert.Equal(1000m, pace.NeededPerYear!.Value, 0);
    }

    [Fact]
    public void Compute_NoBaselineNoMeasurement_IsUnknown() =>
        Assert.Equal(PaceState.Unknown, TargetPace.Compute(new Target { Metric = "m", Unit = "u", Value = 10 }, [], Today).State);

    [Fact]
    public void Compute_DueDatePassedUnmet_IsBehind()
    {
        var target = Engineers();
        target.DueDate = new DateOnly(2026, 1, 1);

        Assert.Equal(PaceState.Behind, TargetPace.Compute(target, [At("2025-12-01", 4000)], Today).State);
    }

    [Fact]
    public void Compute_TargetToReduce_FallingFastEnough_IsOnTrack()
    {
        var emissions = new Target
        {
            Metric = "emissions", Unit = "Mt", Comparator = "lte", Value = 50,
            Baseline = 100, BaselineDate = new DateOnly(2025, 1, 1), DueDate = new DateOnly(2030, 1, 1),
        };

        Assert.Equal(PaceState.OnTrack, TargetPace.Compute(emissions, [At("2026-01-01", 85)], Today).State);
        Assert.Equal(PaceState.Behind, TargetPace.Compute(emissions, [At("2026-01-01", 99)], Today).State);
    }

    [Theory]
    [InlineData("approx", 96, true)]
    [InlineData("approx", 94, false)]
    [InlineData("gt", 100, false)]
    [InlineData("eq", 100, true)]
    [InlineData("lt", 99, true)]
    public void Meets_Comparators(string comparator, int value, bool expected) =>
        Assert.Equal(expected, TargetPace.Meets(comparator, value, 100));
}

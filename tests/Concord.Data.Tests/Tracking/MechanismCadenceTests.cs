using Concord.Data.Register;
using Concord.Data.Tracking;

namespace Concord.Data.Tests.Tracking;

public sealed class MechanismCadenceTests
{
    static readonly DateOnly Today = new(2026, 6, 15);
    static readonly Mechanism Annual = new() { Name = "Joint Committee", CadenceMonths = 12 };

    static Meeting On(int year, int month, int day) => new() { Date = new DateOnly(year, month, day) };

    [Fact]
    public void Evaluate_LastMeetingOlderThanTheCadence_IsLapsed()
    {
        var cadence = MechanismCadence.Evaluate(Annual, [On(2024, 3, 1), On(2025, 5, 1)], null, Today);

        Assert.Equal((true, new DateOnly(2025, 5, 1), new DateOnly(2026, 5, 1)), (cadence.Lapsed, cadence.LastMet, cadence.DueBy));
    }

    [Fact]
    public void Evaluate_MetWithinTheCadence_IsNotLapsed() =>
        Assert.False(MechanismCadence.Evaluate(Annual, [On(2025, 9, 1)], new DateOnly(2020, 1, 1), Today).Lapsed);

    [Fact]
    public void Evaluate_NeverMetAndNamedMoreThanACadenceAgo_IsLapsed() =>
        Assert.True(MechanismCadence.Evaluate(Annual, [], new DateOnly(2025, 4, 28), Today).Lapsed);

    [Fact]
    public void Evaluate_NeverMetButNamedRecently_IsNotLapsed() =>
        Assert.False(MechanismCadence.Evaluate(Annual, [], new DateOnly(2026, 1, 20), Today).Lapsed);

    [Fact]
    public void Evaluate_NoCadence_IsNeverLapsed() =>
        Assert.False(MechanismCadence.Evaluate(new Mechanism { Name = "Forum" }, [], new DateOnly(2000, 1, 1), Today).Lapsed);

    [Fact]
    public void Evaluate_AMeetingPlannedForLater_DoesNotCountAsMet()
    {
        var cadence = MechanismCadence.Evaluate(Annual, [On(2026, 9, 1)], new DateOnly(2025, 1, 1), Today);

        Assert.Equal((true, (DateOnly?)null), (cadence.Lapsed, cadence.LastMet));
    }
}

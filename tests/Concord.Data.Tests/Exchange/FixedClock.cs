namespace Concord.Data.Tests.Exchange;

/// <summary>A clock that always says the same moment, to the second, so that every provider stores it exactly.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly FixedClock Default = new(new DateTimeOffset(2026, 4, 1, 8, 30, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}

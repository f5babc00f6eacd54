namespace Concord.Data.Tests.Reports;

/// <summary>A clock a test sets: records written at one moment, read at another.</summary>
public sealed class MovingClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = ReportSample.Start;

    public override DateTimeOffset GetUtcNow() => Now;
}

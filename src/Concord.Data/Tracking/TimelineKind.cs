namespace Concord.Data.Tracking;

/// <summary>What a timeline row is: a commitment's deadline (a bar) or an event a statement names (a day).</summary>
public enum TimelineKind
{
    Deadline,
    Event,
}

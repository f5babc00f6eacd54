namespace Concord.Data.Tracking;

/// <summary>How a target is doing against the rate it needs.</summary>
public enum PaceState
{
    /// <summary>Not enough to tell: no due date, no starting point with a date, or no measurement since.</summary>
    Unknown,
    OnTrack,
    Behind,
    Met,
}

namespace Concord.Data.Tracking;

/// <summary>How tracking reads the register: the due-soon window, in days before a deadline's last day.</summary>
public sealed record TrackingOptions(int DueSoonDays = Deadlines.DefaultDueSoonDays)
{
    /// <summary>A message for a person when the options cannot be used, or null.</summary>
    public string? Validate() =>
        DueSoonDays is < 0 or > 3660 ? $"the due-soon window must be between 0 and 3660 days, not {DueSoonDays}" : null;
}

namespace Concord.Text.Dates;

public enum DateRole
{
    /// <summary>When a pledge is to be done: "by 2030", "before the end of fiscal year 2026".</summary>
    Deadline,
    /// <summary>When something happens or is scheduled: "talks in Hà Nội on April 28, 2025", "Việt Nam Day (September 9)".</summary>
    Event,
    /// <summary>A past fact or context: "in December 2023", "in 2024 reached". Never a deadline.</summary>
    Reference,
}

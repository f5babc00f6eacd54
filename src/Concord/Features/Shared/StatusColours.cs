using Concord.Data.Register;

namespace Concord.Features.Shared;

/// <summary>The colour of each status in charts, distinct from one another and from white (contrast 3:1 or more).</summary>
public static class StatusColours
{
    public static string Of(CommitmentStatus status) => status switch
    {
        CommitmentStatus.Completed => "#1d6b36",
        CommitmentStatus.InProgress => "#0b5cad",
        CommitmentStatus.Stalled => "#a3231c",
        CommitmentStatus.Dropped => "#6b7580",
        CommitmentStatus.Superseded => "#8a5a9e",
        _ => "#8a4b00",
    };
}

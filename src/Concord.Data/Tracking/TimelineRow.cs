using Concord.Data.Register;

namespace Concord.Data.Tracking;

/// <summary>A row of the timeline. A deadline's bar runs from <see cref="Start"/> (the statement's date, or the
/// deadline's first day when the statement has none) to <see cref="End"/>, the deadline's last day, and
/// <see cref="WindowStart"/> marks where the deadline's own range begins ("in 2027": 1 January). An event has
/// <see cref="Start"/> = <see cref="End"/> = its day, and no status. <see cref="Label"/> is the clause in the
/// language asked for where a version says it; <see cref="Lead"/> the lead agencies' names in that language.</summary>
public sealed record TimelineRow(
    TimelineKind Kind,
    int Id,
    string StatementKey,
    string StatementTitle,
    string? Path,
    string? Pillar,
    string Label,
    DateOnly Start,
    DateOnly WindowStart,
    DateOnly End,
    string DeadlineText,
    CommitmentStatus? Status,
    DeadlineState State,
    IReadOnlyList<int> AgencyIds,
    IReadOnlyList<string> Lead);

using Concord.Data.Register;

namespace Concord.Data.Tracking;

/// <summary>Which rows a timeline shows: one statement (by key) or all, one pillar of it, one agency's commitments,
/// some statuses; at most <see cref="Limit"/> rows, the earliest deadlines first. Events have neither agency nor
/// status: a filter on either leaves them out.</summary>
public sealed record TimelineFilter(
    string? Statement = null,
    string? Pillar = null,
    int? Agency = null,
    IReadOnlyList<CommitmentStatus>? Statuses = null,
    int Limit = TimelineFilter.DefaultLimit)
{
    public const int DefaultLimit = 500;
    public const int MaxLimit = 5000;
}

using Concord.Data.Register;
using Concord.Data.Tracking;

namespace Concord.Features.Home;

/// <summary>One statement's dashboard: its commitments by pillar and status, what is overdue or due soon, its
/// targets' pace, its mechanisms that have not met in time, and the latest updates.</summary>
public sealed record Dashboard(
    string Key, string Title, DateOnly? Date, string PartyA, string PartyB,
    IReadOnlyList<Dashboard.PillarRow> Pillars,
    IReadOnlyList<Dashboard.DeadlineRow> Overdue,
    IReadOnlyList<Dashboard.DeadlineRow> DueSoon,
    IReadOnlyList<Dashboard.TargetRow> Targets,
    IReadOnlyList<Dashboard.MechanismRow> Lapsed,
    IReadOnlyList<Dashboard.UpdateRow> Updates)
{
    public sealed record PillarRow(string Pillar, IReadOnlyDictionary<CommitmentStatus, int> Counts)
    {
        public int Total => Counts.Values.Sum();

        public int this[CommitmentStatus status] => Counts.TryGetValue(status, out int n) ? n : 0;
    }

    public sealed record DeadlineRow(int Id, string Text, DateOnly End, CommitmentStatus Status);

    public sealed record TargetRow(int CommitmentId, string Metric, string Comparator, decimal Value, string Unit, DateOnly? DueDate, Pace Pace);

    public sealed record MechanismRow(int Id, string Name, int? CadenceMonths, Cadence Cadence);

    public sealed record UpdateRow(int CommitmentId, string Commitment, DateOnly Date, string Author, CommitmentStatus? StatusAfter);

    public int Total => Pillars.Sum(p => p.Total);
}

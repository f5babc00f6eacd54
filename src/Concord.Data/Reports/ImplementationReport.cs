namespace Concord.Data.Reports;

/// <summary>The implementation report of a statement in one language ("vi" or "en") as it stood at the end of
/// <see cref="AsOf"/>: a summary, then each pillar (the statement's top-level points) with what was done, what is
/// under way, what is late and why, what has not started, and its targets; then the mechanisms the statement names.
/// <see cref="Historical"/> is true when it was rebuilt from the history for a past day.</summary>
public sealed record ImplementationReport(
    string Schema,
    string Language,
    DateOnly AsOf,
    bool Historical,
    ReportHeader Statement,
    ReportSummary Summary,
    IReadOnlyList<ReportPillar> Pillars,
    IReadOnlyList<ReportMechanism> Mechanisms)
{
    public const string SchemaName = "concord.report/1";

    /// <summary>Every target of every pillar, in the order of the text.</summary>
    public IEnumerable<ReportTarget> AllTargets() => Pillars.SelectMany(p => p.Targets);

    /// <summary>Every commitment with the section it is reported in, in the order of the text.</summary>
    public IEnumerable<(ReportPillar Pillar, ReportSection Section, ReportCommitment Commitment)> AllCommitments() =>
        Pillars.SelectMany(p => p.Sections().SelectMany(s => s.Commitments.Select(c => (p, s.Section, c))))
            .OrderBy(x => x.c.Ordinal);
}

using Concord.Data.Register;
using Concord.Data.Tracking;
using Concord.Features.Targets;
using Concord.Features.Updates;

namespace Concord.Features.Commitments;

public static partial class CommitmentsApi
{
    public sealed record DeadlineView(DateOnly? Start, DateOnly? End, string? Precision, string? FiscalYear, string Text, string Reading);

    public sealed record PartyView(string Party, CommitmentStatus Status);

    public sealed record AssignmentView(int AgencyId, string NameEn, string NameVi, string? Acronym, string Party, string Role);

    public sealed record SourceView(int VersionId, string Language, int SpanStart, int SpanEnd, string Text);

    public sealed record CommitmentSummary(int Id, string Statement, int ItemId, string ItemPath, int Ordinal, string Text, string Modality,
        bool IsCommitment, CommitmentStatus Status, DeadlineView Deadline, DeadlineState DeadlineState,
        IReadOnlyList<PartyView> Parties, IReadOnlyList<AssignmentView> Agencies, long Version);

    public sealed record CommitmentView(int Id, string Statement, int ItemId, string ItemPath, int Ordinal, string Text, string Modality,
        bool IsCommitment, CommitmentStatus Status, DeadlineView Deadline, DeadlineState DeadlineState, string Origin,
        IReadOnlyList<PartyView> Parties, IReadOnlyList<AssignmentView> Agencies, IReadOnlyList<SourceView> Sources,
        IReadOnlyList<TargetsApi.TargetView> Targets, IReadOnlyList<UpdatesApi.UpdateView> Updates, long Version);

    public sealed record DeadlinePatch(DateOnly? Start, DateOnly? End, string? Precision, string? FiscalYear, string? Reading);

    public sealed record AssignmentRequest(int AgencyId, string? Party, string? Role);

    /// <summary>Only the fields given change; <c>deadline</c> replaces the whole deadline (nulls clear it), and
    /// <c>agencies</c> the whole list of assignments.</summary>
    public sealed record CommitmentPatch(string? Text, string? Status, DeadlinePatch? Deadline, bool? IsCommitment, IReadOnlyList<AssignmentRequest>? Agencies);
}

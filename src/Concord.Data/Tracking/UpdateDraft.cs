using Concord.Data.Register;

namespace Concord.Data.Tracking;

/// <summary>A progress update as a person submits it: for the whole commitment (<see cref="Party"/> null) or for
/// one party, with a status to move to (or none), a text, and evidence links.</summary>
public sealed record UpdateDraft(DateOnly Date, string? Party, CommitmentStatus? Status, string Text, IReadOnlyList<EvidenceDraft> Evidence);

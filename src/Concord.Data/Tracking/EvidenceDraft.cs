using Concord.Data.Register;

namespace Concord.Data.Tracking;

/// <summary>A link given as evidence for an update.</summary>
public sealed record EvidenceDraft(EvidenceKind Kind, string Title, string Url);

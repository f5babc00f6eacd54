using Concord.Data.Register;

namespace Concord.Features.Updates;

public static partial class UpdatesApi
{
    public sealed record EvidenceView(int Id, EvidenceKind Kind, string Title, string? Url, string? FileName, string? ContentType, string? Sha256, string? Download);

    public sealed record UpdateView(int Id, int CommitmentId, string? Party, DateOnly Date, string Author, CommitmentStatus? StatusBefore,
        CommitmentStatus? StatusAfter, string Text, DateTime CreatedAt, IReadOnlyList<EvidenceView> Evidence);

    public sealed record EvidenceLink(string? Kind, string? Title, string? Url);

    /// <summary>An update: the date (YYYY-MM-DD, today when absent), the party it is for (absent: the whole
    /// commitment), the status it leads to (absent: unchanged), what happened, and links as evidence.</summary>
    public sealed record UpdateRequest(string? Date, string? Party, string? Status, string? Text, IReadOnlyList<EvidenceLink>? Evidence);
}

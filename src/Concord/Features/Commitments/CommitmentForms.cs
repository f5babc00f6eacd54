namespace Concord.Features.Commitments;

/// <summary>The forms of the commitment page, as posted: a progress update, and a coordinator's edit. Each carries
/// the version of the commitment the person read, so that a change made meanwhile is noticed.</summary>
public static class CommitmentForms
{
    public sealed class Update
    {
        public long Version { get; set; }
        public string? Party { get; set; }
        public string? Status { get; set; }
        public string? Date { get; set; }
        public string? Text { get; set; }
        public string? EvidenceKind { get; set; }
        public string? EvidenceTitle { get; set; }
        public string? EvidenceUrl { get; set; }
        public IFormFile? EvidenceFile { get; set; }
    }

    public sealed class Edit
    {
        public long Version { get; set; }
        public string? Status { get; set; }
        public DateOnly? DeadlineStart { get; set; }
        public DateOnly? DeadlineEnd { get; set; }
        public string? DeadlinePrecision { get; set; }
        public string? DeadlineFiscalYear { get; set; }
        public string? DeadlineReading { get; set; }
        public List<Assignment> Agencies { get; set; } = [];
    }

    public sealed class Assignment
    {
        public int? AgencyId { get; set; }
        public string? Party { get; set; }
        public string? Role { get; set; }
        public bool Remove { get; set; }
    }
}

namespace Concord.Data.Register;

/// <summary>What backs an update: a link, or an uploaded file kept in the register so that a backup holds it.</summary>
public sealed class Evidence
{
    public int Id { get; set; }
    public int UpdateId { get; set; }
    public EvidenceKind Kind { get; set; }
    public required string Title { get; set; }
    public string? Url { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public string? Sha256 { get; set; }
    public byte[]? Content { get; set; }
}

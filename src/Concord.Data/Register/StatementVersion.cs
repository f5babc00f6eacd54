namespace Concord.Data.Register;

/// <summary>One language version of a statement, as read from its source file.</summary>
public sealed class StatementVersion
{
    public int Id { get; set; }
    public int StatementId { get; set; }
    public Statement Statement { get; set; } = null!;

    /// <summary>"en", "vi" or "ja".</summary>
    public required string Language { get; set; }
    public required string Source { get; set; }
    public bool Official { get; set; } = true;

    /// <summary>SHA-256 of the normalised text, in lower-case hex: the same text ingested twice is the same version.</summary>
    public required string Hash { get; set; }
    public required string Format { get; set; }
    public required string Encoding { get; set; }

    /// <summary>The normalised text (NFC, \n newlines) every span of the version points into.</summary>
    public required string Text { get; set; }
    public DateTime ImportedAt { get; set; }
}

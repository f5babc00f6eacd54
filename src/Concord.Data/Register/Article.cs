namespace Concord.Data.Register;

/// <summary>A press article about a statement, kept so that its claims can be checked against the statement's
/// text. Only the article is stored: its claims are found again on display, against the statement's versions
/// as they are then, so that a corrected statement corrects every check.</summary>
public sealed class Article
{
    public int Id { get; set; }
    public int StatementId { get; set; }
    public Statement Statement { get; set; } = null!;

    /// <summary>Where the article came from: a file name or a link, as the user gave it.</summary>
    public required string Source { get; set; }
    public string? Title { get; set; }

    /// <summary>"en", "vi" or "ja", as read from the text.</summary>
    public required string Language { get; set; }
    public DateOnly? Date { get; set; }

    /// <summary>The article's normalised text (NFC, \n newlines), without page furniture: every claim span
    /// points into it.</summary>
    public required string Text { get; set; }
    public required string Format { get; set; }
    public required string Encoding { get; set; }
    public DateTime AddedAt { get; set; }
    public required string AddedBy { get; set; }
    public long Version { get; set; }
}

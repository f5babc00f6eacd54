namespace Concord.Data.Register;

/// <summary>An item as one language version says it.</summary>
public sealed class ItemText
{
    public int Id { get; set; }
    public int ItemId { get; set; }
    public Item Item { get; set; } = null!;
    public int VersionId { get; set; }
    public StatementVersion Version { get; set; } = null!;

    public required string Path { get; set; }
    public string Label { get; set; } = "";
    public string? Heading { get; set; }
    public required string Text { get; set; }
    public int SpanStart { get; set; }
    public int SpanEnd { get; set; }

    /// <summary>How sure the pairing with the first version is, 0 to 1; 1 for the first version itself.</summary>
    public double AlignScore { get; set; } = 1;
}

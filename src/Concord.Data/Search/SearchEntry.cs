namespace Concord.Data.Search;

/// <summary>A text the search box finds: an item's text in one language, a commitment, an update, a piece of
/// evidence. <see cref="Folded"/> is the text with marks removed and đ as d, one character for one, so that
/// a match in it is a match at the same place in <see cref="Text"/>.</summary>
public sealed class SearchEntry
{
    public int Id { get; set; }

    /// <summary>"item", "commitment", "update", "evidence".</summary>
    public required string Kind { get; set; }
    public int RefId { get; set; }
    public int StatementId { get; set; }
    public string Language { get; set; } = "";
    public required string Text { get; set; }
    public required string Folded { get; set; }
}

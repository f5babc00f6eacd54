namespace Concord.Data.Search;

/// <summary>A row of the search SQL, before it is described.</summary>
internal sealed class SearchRow
{
    public int Id { get; set; }
    public string Kind { get; set; } = "";
    public int RefId { get; set; }
    public int StatementId { get; set; }
    public string Language { get; set; } = "";
    public string Text { get; set; } = "";
    public double Score { get; set; }

    /// <summary>How many texts were ranked: one more than the bound when there were more.</summary>
    public long Matched { get; set; }
}

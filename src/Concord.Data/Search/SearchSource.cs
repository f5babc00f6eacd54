namespace Concord.Data.Search;

/// <summary>A text to index, read from its record: what <see cref="SearchEntry"/> rows are made from.</summary>
internal sealed record SearchSource(string Kind, int RefId, int StatementId, string Language, string Text)
{
    public SearchEntry ToEntry() => new()
    {
        Kind = Kind,
        RefId = RefId,
        StatementId = StatementId,
        Language = Language,
        Text = Text,
        Folded = SearchFolding.Fold(Text),
    };

    public void CopyTo(SearchEntry entry)
    {
        entry.StatementId = StatementId;
        entry.Language = Language;
        if (entry.Text == Text) return;
        entry.Text = Text;
        entry.Folded = SearchFolding.Fold(Text);
    }
}

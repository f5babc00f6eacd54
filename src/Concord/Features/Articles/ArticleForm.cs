namespace Concord.Features.Articles;

/// <summary>What the add-an-article form sends besides its file: kept as typed, so that a refused form gives it
/// all back.</summary>
public sealed class ArticleForm
{
    public string? Text { get; set; }
    public string? Source { get; set; }
    public string? Date { get; set; }
}

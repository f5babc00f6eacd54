namespace Concord.Features.Articles;

/// <summary>A statement's press section: its articles and, for those who may add one, the form.</summary>
/// <param name="Errors">Why the form as sent was refused, in the page's language.</param>
public sealed record PressSection(string StatementKey, IReadOnlyList<PressRow> Rows, bool CanAdd, ArticleForm Form, IReadOnlyList<string> Errors);

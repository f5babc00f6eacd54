namespace Concord.Text.Checking;

/// <summary>The article as read: only its body counts, without site chrome, captions, references and teasers.</summary>
/// <param name="Text">The normalised text every claim span refers to.</param>
/// <param name="Date">Given, or found in the article; null when neither.</param>
/// <param name="Body">The paragraphs kept as the article's body.</param>
public sealed record CheckedArticle(
    string Source,
    string Text,
    Language Language,
    string? Title,
    DateOnly? Date,
    IReadOnlyList<TextSpan> Body);

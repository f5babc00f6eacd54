namespace Concord.Text.Outline;

/// <summary>A stretch of the source that is not part of the statement: a photo caption, a byline,
/// site navigation, a teaser of another article.</summary>
/// <param name="Kind">caption | byline | chrome | teaser | reference-list</param>
public sealed record Noise(string Kind, TextSpan Span);

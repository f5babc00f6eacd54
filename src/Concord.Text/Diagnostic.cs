namespace Concord.Text;

/// <summary>
/// Something a reader noticed and the user should know: a paragraph judged to be noise, a document
/// with no numbering, an encoding that had to be guessed. Never an exception.
/// </summary>
/// <param name="Code">Stable, kebab-case: <c>no-structure</c>, <c>noise-caption</c>, <c>encoding-guessed</c>.</param>
public sealed record Diagnostic(string Code, string Message, TextSpan? Span = null);

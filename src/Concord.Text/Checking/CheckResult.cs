using Concord.Text.Extraction;

namespace Concord.Text.Checking;

/// <summary>An article checked against one or more versions of a statement.</summary>
/// <param name="Versions">The statement versions in the order given; a link's <c>Version</c> indexes them.</param>
/// <param name="Claims">In article order.</param>
public sealed record CheckResult(
    CheckedArticle Article,
    IReadOnlyList<ExtractedDocument> Versions,
    IReadOnlyList<CheckedClaim> Claims,
    CheckSummary Summary);

using Concord.Data.Checking;
using Concord.Text;
using Concord.Text.Checking;

namespace Concord.Features.Articles;

/// <summary>What the article page shows: the article cut into paragraphs with its claims marked, and each claim
/// with the statement items it speaks of.</summary>
public sealed record ArticlePage(ArticleCheck Check, string StatementTitle)
{
    public CheckResult Result => Check.Result;

    public string Text => Result.Article.Text;

    public IReadOnlyList<TextSpan> ClaimSpans { get; } = [.. Check.Result.Claims.Select(c => c.Span)];

    /// <summary>Each paragraph of the article's body, cut where its claims start and end.</summary>
    public IEnumerable<IReadOnlyList<Marked>> Paragraphs() =>
        Result.Article.Body.Select(p => Marked.Cut(Text, p, ClaimSpans));

    /// <summary>The statement sentence a link points to, cut where the words it shares with the claim are.</summary>
    public IReadOnlyList<Marked> Sentence(ClaimLink link) =>
        Marked.Cut(Result.Versions[link.Version].Text, link.Sentence, [.. link.Matches.Select(m => m.Statement)]);

    public string VersionLanguage(int version) => Result.Versions[version].Language.Code();

    public string Stated(ClaimDifference difference) =>
        difference.Stated.Length > 0 ? difference.Stated : difference.StatedSpan.Of(Result.Versions[difference.Version].Text);

    public string ItemLink(string path) => $"/statements/{Uri.EscapeDataString(Check.StatementKey)}#item-{Uri.EscapeDataString(path)}";

    /// <summary>The item a claim's reason names: that of its first difference, or else its best link.</summary>
    public static string? ReasonPath(CheckedClaim claim) =>
        claim.Differences.Count > 0 ? claim.Differences[0].Path : claim.Links.Count > 0 ? claim.Links[0].Path : null;
}

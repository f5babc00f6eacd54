using Concord.Text.Extraction;

namespace Concord.Text.Checking;

/// <summary>
/// Checks a news article against the official text of a statement, in one or more language versions: finds the
/// article's factual claims, links each to the items it speaks of, and says whether the statement supports,
/// contradicts, overstates or understates it, or does not say it. The statement is indexed once, so an article
/// of 10,000 words costs its claims' anchors, not claims times items.
/// </summary>
public static class ClaimChecker
{
    /// <param name="articleText">Normalised text (see <see cref="Normalization.TextNormalizer"/>).</param>
    /// <param name="versions">The statement, as extracted; the first with a date dates the article's "April 28"
    /// when the article has no date of its own.</param>
    public static CheckResult Check(string articleText, IReadOnlyList<ExtractedDocument> versions, CheckOptions? options = null)
    {
        options ??= new CheckOptions();
        articleText ??= "";
        var statementDate = versions.Select(v => v.Date).FirstOrDefault(d => d is not null);
        var (document, article) = ArticleReader.Read(articleText, options, statementDate);
        var index = new StatementIndex(versions);
        var judge = new ClaimJudge(index, articleText, CheckLexicon.For(article.Language));
        var claims = new List<CheckedClaim>();
        foreach (var claim in ClaimFinder.Find(document))
            claims.Add(judge.Judge(claim));
        return new CheckResult(article, versions, claims, Summarise(claims));
    }

    static CheckSummary Summarise(List<CheckedClaim> claims)
    {
        var counts = Enum.GetValues<Verdict>().ToDictionary(v => v, _ => 0);
        foreach (var c in claims) counts[c.Verdict]++;
        var first = Enumerable.Range(0, claims.Count)
            .Where(i => claims[i].Verdict is Verdict.Contradicted or Verdict.Overstated or Verdict.Understated)
            .OrderBy(i => claims[i].Verdict)
            .ThenByDescending(i => claims[i].Confidence)
            .ThenBy(i => i)
            .ToList();
        return new CheckSummary(counts, first);
    }
}

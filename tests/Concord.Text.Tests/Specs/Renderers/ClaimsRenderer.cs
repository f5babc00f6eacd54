using Concord.Text.Checking;
using Concord.Text.Extraction;

namespace Concord.Text.Tests.Specs.Renderers;

/// <summary>
/// One line per claim the checker finds in the input (an article) against the example's <c>~~~ against</c>
/// blocks, in order: <c>verdict | path | claim text</c>, then <c>| kind: claimed / stated</c> for its first
/// difference. The path is the best linked item's, <c>-</c> for a claim not in the statement:
/// <c>overstated | 2.1 | Trade is to pass US$60 billion. | hedge: pass US$60 billion / approximately US$60 billion</c>.
/// </summary>
public sealed class ClaimsRenderer : ISpecRenderer
{
    public string Kind => "claims";

    public IEnumerable<string> Render(SpecInput input)
    {
        var versions = input.Against
            .Select((s, i) => StatementExtractor.Extract(s.Text, new ExtractOptions($"against{i + 1}", s.Language, s.Date)))
            .ToList();
        var result = ClaimChecker.Check(input.Text, versions, new CheckOptions("input", input.Language, input.Date));
        foreach (var claim in result.Claims)
        {
            if (claim.Span.Of(input.Text) != claim.Text)
                throw new InvalidOperationException($"text '{claim.Text}' is not the text of its span {claim.Span}");
            var path = claim.Verdict == Verdict.NotInStatement || claim.Links.Count == 0 ? "-" : claim.Links[0].Path;
            var line = string.Join(" | ", Kebab(claim.Verdict), path, claim.Text.Replace('\n', ' '));
            if (claim.Differences.Count > 0)
            {
                var d = claim.Differences[0];
                line += $" | {d.Kind.ToString().ToLowerInvariant()}: {d.Claimed.Replace('\n', ' ')} / {d.Stated.Replace('\n', ' ')}";
            }
            yield return line;
        }
    }

    static string Kebab(Verdict verdict) => verdict == Verdict.NotInStatement ? "not-in-statement" : verdict.ToString().ToLowerInvariant();
}

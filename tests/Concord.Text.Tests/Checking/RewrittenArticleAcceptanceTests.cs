using Concord.Text.Checking;

namespace Concord.Text.Tests.Checking;

/// <summary>The machine-rewritten article, with its distortions, read against the statement.</summary>
public sealed class RewrittenArticleAcceptanceTests
{
    static readonly Lazy<CheckResult> Both = new(() => CorpusCheck.AgainstBoth(Corpus.Rewritten));

    static CheckResult Result => Both.Value;

    [Fact]
    public void ProjectsWorthOverTwentyBillion_AreOverstated_TheStatementSaysApproximately()
    {
        var claims = Result.Claims.Where(c => c.Text.Contains("over $20 billion", StringComparison.Ordinal)).ToList();

        // Once in the body, once in the bullet summary.
        Assert.Equal(2, claims.Count);
        foreach (var claim in claims)
        {
            Assert.Equal(Verdict.Overstated, claim.Verdict);
            var hedge = Assert.Single(claim.Differences, d => d.Kind == DifferenceKind.Hedge);
            Assert.Equal("4.4", hedge.Path);
            Assert.StartsWith("approximately", hedge.Stated, StringComparison.Ordinal);
            Assert.Contains("over", hedge.Claimed, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OverTwentyBillion_AgainstTheVietnameseText_IsOverstatedAgainstKhoang()
    {
        var result = CorpusCheck.Against(Corpus.Rewritten, CorpusCheck.Vietnamese);

        var claim = result.Claims.First(c => c.Text.Contains("over $20 billion", StringComparison.Ordinal));
        Assert.Equal(Verdict.Overstated, claim.Verdict);
        Assert.StartsWith("khoảng", Assert.Single(claim.Differences).Stated, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalitiesForumByTheEndOf2025_IsSupportedByPoint5Item4()
    {
        var claim = CorpusCheck.Claim(Result, "Both leaders agreed to work towards organizing");

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Equal("5.4", claim.Links[0].Path);
    }

    [Fact]
    public void TwoHundredFiftyPhdStudents_IsNotContradictedByTheTargetOfFiveHundred()
    {
        var claim = CorpusCheck.Claim(Result, "The education sector will also benefit");

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Equal("4.7", claim.Links[0].Path);
    }

    [Fact]
    public void ReferenceListAndCaption_AreNoClaims()
    {
        Assert.DoesNotContain(Result.Claims, c => c.Text.Contains("[1]", StringComparison.Ordinal));
        Assert.DoesNotContain(Result.Claims, c => c.Text.Contains("VNA/VNS Photo", StringComparison.Ordinal));
        Assert.DoesNotContain(Result.Claims, c => c.Text.Contains("New and Improved", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_ReadsTheOverstatedFiguresFirst()
    {
        Assert.Equal(2, Result.Summary.Counts[Verdict.Overstated]);
        Assert.All(Result.Summary.ReadFirst.Take(2), i => Assert.Equal(Verdict.Overstated, Result.Claims[i].Verdict));
    }
}

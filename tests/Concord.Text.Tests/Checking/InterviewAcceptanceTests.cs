using Concord.Text.Checking;

namespace Concord.Text.Tests.Checking;

/// <summary>The ambassador's interview before the visit: figures the statement gives, and many it does not.</summary>
public sealed class InterviewAcceptanceTests
{
    static readonly Lazy<CheckResult> Both = new(() => CorpusCheck.AgainstBoth(Corpus.Interview));

    static CheckResult Result => Both.Value;

    [Fact]
    public void ApproximatelySixHundredTwentyThousandVietnameseTouristsToJapan_IsSupported()
    {
        var claim = CorpusCheck.Claim(Result, "620,000 Vietnamese tourists visit Japan");

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Equal("5.1", claim.Links[0].Path);
    }

    [Fact]
    public void JapaneseTouristsToVietnam_AreAnotherCount_NotInTheStatement()
    {
        var claim = CorpusCheck.Claim(Result, "710,000 Japanese tourists");

        Assert.Equal(Verdict.NotInStatement, claim.Verdict);
        Assert.Empty(claim.Differences);
    }

    [Theory]
    [InlineData("170,000 Vietnamese are studying Japanese")]
    [InlineData("630,000 Vietnamese residing in Japan")]
    [InlineData("over 100 million people")]
    [InlineData("developed nation by 2045")]
    [InlineData("Kihara Minoru")]
    public void FiguresAndEventsTheStatementDoesNotGive_AreNotInTheStatement(string words)
    {
        var claim = CorpusCheck.Claim(Result, words);

        Assert.Equal(Verdict.NotInStatement, claim.Verdict);
    }

    [Fact]
    public void TheVisitFromApril27To29_IsSupportedByTheLeadOrPoint1()
    {
        var claim = CorpusCheck.Claim(Result, "from April 27 to 29");

        Assert.Equal(Verdict.Supported, claim.Verdict);
        // The statement's lead paragraph and its point 1 both give the dates of the visit.
        Assert.Contains(claim.Links, l => l.Path is "1" or "P1");
    }

    [Fact]
    public void UpToTwentyBillion_IsNotOverstated()
    {
        var claim = CorpusCheck.Claim(Result, "up to 20 billion USD");

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Equal("4.4", claim.Links[0].Path);
    }

    [Fact]
    public void TeasersAfterTheAgencysEndMark_AreNoClaims()
    {
        Assert.DoesNotContain(Result.Claims, c => c.Text.Contains("Angola", StringComparison.Ordinal));
        Assert.DoesNotContain(Result.Claims, c => c.Text.Contains("7.41 trillion", StringComparison.Ordinal));
        Assert.DoesNotContain(Result.Claims, c => c.Text.Contains("(Photo:", StringComparison.Ordinal));
    }

    [Fact]
    public void NothingIsContradicted()
    {
        Assert.Equal(0, Result.Summary.Counts[Verdict.Contradicted]);
    }
}

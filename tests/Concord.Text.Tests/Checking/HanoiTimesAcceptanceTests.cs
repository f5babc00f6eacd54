using Concord.Text.Checking;

namespace Concord.Text.Tests.Checking;

/// <summary>The Hanoi Times report on the talks, read against the statement as a careful reader would.</summary>
public sealed class HanoiTimesAcceptanceTests
{
    static readonly Lazy<CheckResult> Both = new(() => CorpusCheck.AgainstBoth(Corpus.HanoiTimes));

    static CheckResult Result => Both.Value;

    [Fact]
    public void TravellersBetweenTheTwoCountries_620000_IsContradictedOnScope()
    {
        var claim = CorpusCheck.Claim(Result, "between the two countries has reached 620,000");

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        var scope = Assert.Single(claim.Differences, d => d.Kind == DifferenceKind.Scope);
        Assert.Equal("5.1", scope.Path);
        Assert.Contains("Vietnamese tourists to Japan", scope.Stated, StringComparison.Ordinal);
        Assert.Contains("620,000", scope.Stated, StringComparison.Ordinal);
        Assert.Contains("between the two countries", scope.Claimed, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoMillionVisitsAYear_IsSupportedByTheTourismTarget()
    {
        var claim = CorpusCheck.Claim(Result, "two million visits annually");

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Equal("5.1", claim.Links[0].Path);
        Assert.Empty(claim.Differences);
    }

    [Fact]
    public void FourSignedDocuments_AreNotInTheStatement()
    {
        var claim = CorpusCheck.Claim(Result, "four important cooperation documents");

        Assert.Equal(Verdict.NotInStatement, claim.Verdict);
    }

    [Fact]
    public void FiftyThousandSemiconductorExpertsBy2030_IsSupportedByPoint4Item7()
    {
        var claim = CorpusCheck.Claim(Result, "50,000 semiconductor experts by 2030");

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Equal("4.7", claim.Links[0].Path);
    }

    [Fact]
    public void OverSixHundredThousandVietnameseInJapanIn2024_IsSupported()
    {
        var claim = CorpusCheck.Claim(Result, "over 600,000 people in 2024");

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Equal("5.1", claim.Links[0].Path);
    }

    [Theory]
    [InlineData("Tran Thanh Man")]
    [InlineData("To Lam")]
    public void MeetingsWithOtherLeaders_AreNotInTheStatement(string name)
    {
        var claim = CorpusCheck.Claim(Result, name);

        Assert.Equal(Verdict.NotInStatement, claim.Verdict);
    }

    [Fact]
    public void ExploringCooperationInSemiconductorsAndAI_IsNotOverstatedAsADecision()
    {
        var claim = CorpusCheck.Claim(Result, "agreed to explore cooperation in areas such as semiconductors");

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Equal("4.1", claim.Links[0].Path);
    }

    [Fact]
    public void BannerCaptionAndRelatedNews_AreNoClaims()
    {
        Assert.StartsWith("Vietnam, Japan sign four", Result.Article.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(Result.Claims, c => c.Text.Contains("NATIONAL CONGRESS", StringComparison.Ordinal));
        Assert.DoesNotContain(Result.Claims, c => c.Text.Contains("Photo: VGP", StringComparison.Ordinal));
        Assert.DoesNotContain(Result.Claims, c => c.Text.Contains("Muong Hoa", StringComparison.Ordinal));
        Assert.DoesNotContain(Result.Claims, c => c.Text.Contains("Net-zero emissions by 2050", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_PutsTheContradictedTravellersFirst()
    {
        var first = Result.Claims[Result.Summary.ReadFirst[0]];

        Assert.Contains("620,000", first.Text, StringComparison.Ordinal);
        Assert.Equal(Result.Claims.Count, Result.Summary.Counts.Values.Sum());
        Assert.Equal(1, Result.Summary.Counts[Verdict.Contradicted]);
    }

    [Fact]
    public void AgainstTheVietnameseTextOnly_TheTravellersAreStillContradictedOnScope()
    {
        var result = CorpusCheck.Against(Corpus.HanoiTimes, CorpusCheck.Vietnamese);

        var travellers = CorpusCheck.Claim(result, "between the two countries has reached 620,000");
        Assert.Equal(Verdict.Contradicted, travellers.Verdict);
        var scope = Assert.Single(travellers.Differences, d => d.Kind == DifferenceKind.Scope);
        Assert.Contains("620.000", scope.Stated, StringComparison.Ordinal);
        Assert.Equal(Verdict.Supported, CorpusCheck.Claim(result, "two million visits annually").Verdict);
        Assert.Equal(Verdict.Supported, CorpusCheck.Claim(result, "50,000 semiconductor experts").Verdict);
    }

    [Fact]
    public void EverySpan_PointsIntoItsOwnText()
    {
        foreach (var claim in Result.Claims)
        {
            Assert.Equal(claim.Text, claim.Span.Of(Result.Article.Text));
            foreach (var link in claim.Links)
            {
                var text = Result.Versions[link.Version].Text;
                Assert.True(link.ItemSpan.Contains(link.Sentence), $"{link.Path}: sentence outside its item");
                Assert.InRange(link.ItemSpan.End, 0, text.Length);
                foreach (var m in link.Matches)
                {
                    Assert.True(claim.Span.Contains(m.Claim));
                    Assert.True(link.Sentence.Contains(m.Statement));
                }
            }
            foreach (var d in claim.Differences)
            {
                Assert.Equal(d.Claimed, d.ClaimSpan.Of(Result.Article.Text));
                Assert.Equal(d.Stated, d.StatedSpan.Of(Result.Versions[d.Version].Text));
            }
        }
    }
}

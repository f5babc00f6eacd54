using CsCheck;
using Concord.Text.Checking;
using Concord.Text.Extraction;
using Concord.Text.Normalization;

namespace Concord.Text.Tests.Checking;

/// <summary>Whatever article and statement it is given, the checker returns claims whose every span lies in its
/// own text, and never throws.</summary>
public sealed class CheckPropertyTests
{
    static readonly Gen<string> Piece = Gen.OneOf<string>(
        "1.", "(1)", "(2)", "\n", "\n\n", " ", "The two leaders agreed to ", "Hai Thủ tướng nhất trí ", "decided to ",
        "study the possibility of ", "nghiên cứu ", "reached ", "đạt ", "the target of ", "mục tiêu ", "between the two countries ",
        "qua lại ", "50,000", "50.000", "620,000 ", "approximately ", "khoảng ", "over ", "hơn ", "up to ", "US$20 billion",
        "20 tỷ USD", "tourists per year", "lượt khách mỗi năm", "by 2030", "in 2025", "April 27-29, 2025", "28/4/2025",
        "Vietnamese ", "Japanese ", "Việt Nam ", "Nhật Bản ", "JBIC", "Mekong Dialogue", "Photo: VNA", "Related news",
        "./.", "[1] Source", ".", ",", ";", ":", "\"", "5万人", "。");

    static readonly Gen<string> Document = Gen.OneOf<string>(
        Piece.Array[0, 80].Select(p => string.Concat(p)),
        Gen.String[0, 300],
        Gen.Char["0123456789.,()-+/ \n"].Array[0, 200].Select(c => new string(c)));

    [Fact]
    public void Check_AnyArticleAndStatement_GivesSpansInsideTheirTexts()
    {
        Gen.Select(Document, Document, Document).Sample((articleRaw, enRaw, viRaw) =>
        {
            var article = TextNormalizer.Normalize(articleRaw);
            var versions = new[]
            {
                StatementExtractor.Extract(TextNormalizer.Normalize(enRaw), new ExtractOptions("en", Language.En)),
                StatementExtractor.Extract(TextNormalizer.Normalize(viRaw), new ExtractOptions("vi", Language.Vi)),
            };
            var result = ClaimChecker.Check(article, versions);

            Assert.Equal(result.Claims.Count, result.Summary.Counts.Values.Sum());
            foreach (var claim in result.Claims)
            {
                Assert.Equal(claim.Text, claim.Span.Of(article));
                Assert.InRange(claim.Confidence, 0, 1);
                foreach (var link in claim.Links)
                {
                    var text = versions[link.Version].Text;
                    Assert.True(link.Sentence.End <= text.Length && link.Sentence.Start >= 0);
                    Assert.All(link.Matches, m => Assert.True(m.Statement.End <= text.Length && claim.Span.Contains(m.Claim)));
                }
                Assert.All(claim.Differences, d => Assert.Equal(d.Stated, d.StatedSpan.Of(versions[d.Version].Text)));
            }
        }, iter: 200);
    }

    [Fact]
    public void Check_BinaryHugeLineAndEmptyInputs_DoNotThrow()
    {
        var statement = CorpusCheck.English;
        var random = new Random(7);
        var binary = new string(Enumerable.Range(0, 50_000).Select(_ => (char)random.Next(0, 0xD7FF)).ToArray());
        var hugeLine = string.Concat(Enumerable.Repeat("approximately 620,000 tourists between the two countries reached 2 million, ", 20_000));
        foreach (var input in new[] { "", " ", "\n\n\n", binary, hugeLine, new string('9', 100_000), new string('.', 100_000) })
        {
            var result = ClaimChecker.Check(TextNormalizer.Normalize(input), [statement]);
            Assert.All(result.Claims, c => Assert.Equal(c.Text, c.Span.Of(result.Article.Text)));
        }
    }

    [Fact]
    public void Check_NoStatementVersions_LeavesEveryClaimOutsideTheStatement()
    {
        var result = ClaimChecker.Check("The two leaders agreed to train 50,000 engineers by 2030.", []);

        var claim = Assert.Single(result.Claims);
        Assert.Equal(Verdict.NotInStatement, claim.Verdict);
        Assert.Empty(claim.Links);
    }
}

using Concord.Data.Ingest;

namespace Concord.Data.Tests.Ingest;

public sealed class StatementKeyTests
{
    [Fact]
    public void Of_VietnameseParty_FoldsDiacriticsAndTheBarredD()
    {
        Assert.Equal("viet-nam-japan-2025-04-28", StatementKey.Of(("Việt Nam", "Japan"), new DateOnly(2025, 4, 28), "x"));
        Assert.Equal("da-nang", StatementKey.Slug("Đà Nẵng"));
    }

    [Fact]
    public void Of_NoPartiesNoDate_UsesTheTitleAndSaysUndated()
    {
        Assert.Equal("joint-vision-on-energy-undated", StatementKey.Of(null, null, "Joint Vision on Energy"));
        Assert.Equal("statement-undated", StatementKey.Of(null, null, "共同声明"));
    }

    [Fact]
    public void Similarity_SameClauseWithAFigureChanged_StaysHigh()
    {
        double score = TextSimilarity.Dice("The two sides agreed to train 1,200 officers by 2028.", "The two sides agreed to train 1,500 officers by 2029.");
        Assert.InRange(score, 0.8, 0.99);
        Assert.InRange(TextSimilarity.Dice("agreed to open negotiations", "noted the lively forum"), 0, 0.4);
    }
}

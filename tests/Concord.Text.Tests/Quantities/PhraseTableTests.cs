using Concord.Text.Quantities;

namespace Concord.Text.Tests.Quantities;

public sealed class PhraseTableTests
{
    static readonly PhraseTable<Comparator?> Table = new(
        ("more than", Comparator.Gt), ("no more than", Comparator.Lte), ("over", Comparator.Gt),
        ("handed over", null), ("約", Comparator.Approx), ("Khoảng", Comparator.Approx));

    [Fact]
    public void MatchAfter_SpaceInAPhrase_MatchesAHardWrappedLine()
    {
        const string text = "more\n  than 600,000";
        Assert.True(Table.MatchAfter(text, 0, text.Length, out var value, out int end));
        Assert.Equal(Comparator.Gt, value);
        Assert.Equal(11, end);
    }

    [Fact]
    public void MatchAfter_LatinPhrase_MatchesWholeWordsOnly()
    {
        const string text = "overall 5";
        Assert.False(Table.MatchAfter(text, 0, text.Length, out _, out _));
    }

    [Fact]
    public void MatchBefore_LongestPhraseWins()
    {
        const string text = "no more than 20";
        Assert.True(Table.MatchBefore(text, 0, 12, out var value, out int start));
        Assert.Equal(Comparator.Lte, value);
        Assert.Equal(0, start);
    }

    [Fact]
    public void MatchBefore_PhraseThatCancelsAComparator_ReturnsNull()
    {
        const string text = "the navy handed over two boats";
        Assert.True(Table.MatchBefore(text, 0, 20, out var value, out int start));
        Assert.Null(value);
        Assert.Equal(9, start);
    }

    [Fact]
    public void MatchBefore_DoesNotCrossTheStartOfTheRange()
    {
        const string text = "more than 5";
        Assert.False(Table.MatchBefore(text, 5, 9, out _, out _));
    }

    [Fact]
    public void Match_IgnoresCaseOfVietnameseLetters()
    {
        const string text = "KHOẢNG 20 tỷ";
        Assert.True(Table.MatchAfter(text, 0, text.Length, out var value, out int end));
        Assert.Equal(Comparator.Approx, value);
        Assert.Equal(6, end);
    }

    [Fact]
    public void Match_KanjiPhrase_MayTouchItsNeighbours()
    {
        const string text = "総額約200億ドル";
        Assert.True(Table.MatchBefore(text, 0, 3, out var value, out int start));
        Assert.Equal(Comparator.Approx, value);
        Assert.Equal(2, start);
    }
}

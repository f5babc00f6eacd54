using Concord.Text.Alignment;

namespace Concord.Text.Tests.Alignment;

public sealed class SentenceAlignmentTests
{
    const string English =
        "The two sides agreed to open a direct flight between Huế and Sendai in 2027. " +
        "Japan will send 40 instructors to the aviation academy in Huế for two years. " +
        "The route will be reviewed every year by the Joint Aviation Committee.";

    static string Of(string text, TextSpan? span) => span is { } s ? s.Of(text) : "—";

    [Fact]
    public void Sentences_OneMissingOnTheRight_PairTheOthersAndReportIt()
    {
        var left = new TestDocument(Language.En).Item("3", English).Build();
        var right = new TestDocument(Language.Vi).Item("3",
            "Hai bên nhất trí mở đường bay thẳng giữa Huế và Sendai vào năm 2027. " +
            "Tuyến bay sẽ được Ủy ban Hàng không chung rà soát hằng năm.").Build();

        var pair = Assert.Single(StatementAligner.Align(left, right).Pairs);

        var (l, r) = (left.Text, right.Text);
        Assert.Equal(3, pair.Sentences.Count);
        Assert.StartsWith("Hai bên nhất trí", Of(r, pair.Sentences[0].Right), StringComparison.Ordinal);
        Assert.StartsWith("Japan will send 40", Of(l, pair.Sentences[1].Left), StringComparison.Ordinal);
        Assert.Null(pair.Sentences[1].Right);
        Assert.StartsWith("Tuyến bay", Of(r, pair.Sentences[2].Right), StringComparison.Ordinal);
        var missing = Assert.Single(pair.Issues, i => i.Kind == AlignmentIssueKinds.MissingContent);
        Assert.StartsWith("sentence \"Japan will send 40 instructors", missing.Detail, StringComparison.Ordinal);
        Assert.EndsWith("in en 3 has no counterpart in vi 3", missing.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentences_SplitOverTwoParagraphsOnOneSide_StillPairOneToOne()
    {
        var left = new TestDocument(Language.En).Item("3", English).Build();
        var right = new TestDocument(Language.Vi).Item("3",
            "Hai bên nhất trí mở đường bay thẳng giữa Huế và Sendai vào năm 2027. " +
            "Nhật Bản sẽ cử 40 giảng viên tới học viện hàng không tại Huế trong hai năm.\n\n" +
            "Tuyến bay sẽ được Ủy ban Hàng không chung rà soát hằng năm.").Build();

        var pair = Assert.Single(StatementAligner.Align(left, right).Pairs);

        Assert.Equal(3, pair.Sentences.Count);
        Assert.All(pair.Sentences, s => Assert.True(s.Left is not null && s.Right is not null));
        Assert.DoesNotContain(pair.Issues, i => i.Kind == AlignmentIssueKinds.MissingContent);
        Assert.All(pair.Sentences, s => Assert.InRange(s.Score, 0.5, 1.0));
    }

    [Fact]
    public void Sentences_TwoSaidInOne_ShareTheOneSide()
    {
        var left = new TestDocument(Language.En).Item("3", English).Build();
        var right = new TestDocument(Language.Vi).Item("3",
            "Hai bên nhất trí mở đường bay thẳng giữa Huế và Sendai vào năm 2027 và Nhật Bản sẽ cử 40 giảng viên tới học viện hàng không tại Huế trong hai năm. " +
            "Tuyến bay sẽ được Ủy ban Hàng không chung rà soát hằng năm.").Build();

        var pair = Assert.Single(StatementAligner.Align(left, right).Pairs);

        Assert.Equal(3, pair.Sentences.Count);
        Assert.Equal(pair.Sentences[0].Right, pair.Sentences[1].Right);
        Assert.DoesNotContain(pair.Issues, i => i.Kind == AlignmentIssueKinds.MissingContent);
    }

    [Fact]
    public void Sentences_SpansPointIntoEachSidesText()
    {
        var left = new TestDocument(Language.En).Item("3", English).Build();
        var right = new TestDocument(Language.Vi).Item("3", "Hai bên nhất trí mở đường bay thẳng giữa Huế và Sendai vào năm 2027.").Build();

        var pair = Assert.Single(StatementAligner.Align(left, right).Pairs);

        Assert.All(pair.Sentences.Where(s => s.Left is not null), s => Assert.InRange(s.Left!.Value.End, 1, left.Text.Length));
        Assert.All(pair.Sentences.Where(s => s.Right is not null), s => Assert.InRange(s.Right!.Value.End, 1, right.Text.Length));
        Assert.Equal(left.Text.IndexOf("The two", StringComparison.Ordinal), pair.Sentences[0].Left!.Value.Start);
    }
}

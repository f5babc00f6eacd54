using Concord.Text.Alignment;
using Concord.Text.Extraction;
using static Concord.Text.Tests.Alignment.SampleStatement;

namespace Concord.Text.Tests.Alignment;

public sealed class StatementAlignerTests
{
    static (string, string)[] PairsOf(AlignmentResult result) => [.. result.Pairs.Select(p => (p.Left, p.Right))];

    [Fact]
    public void Align_SameNumbering_PairsEveryItemWithItsTwinSurely()
    {
        var result = StatementAligner.Align(Numbered(Language.En, English).Build(), Numbered(Language.Vi, Vietnamese).Build());

        Assert.Equal([("1", "1"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5")], PairsOf(result));
        Assert.Empty(result.UnmatchedLeft);
        Assert.Empty(result.UnmatchedRight);
        Assert.All(result.Pairs, p => Assert.True(p.Score > 0.9, $"{p.Left}: {p.Score}"));
        Assert.All(result.Pairs, p => Assert.Empty(p.Issues));
    }

    [Fact]
    public void Align_ItemDroppedOnTheRight_LeavesItUnmatchedAndKeepsTheOthersPaired()
    {
        var right = Numbered(Language.Vi, [Vietnamese[0], Vietnamese[1], Vietnamese[3], Vietnamese[4]], "1", "2", "4", "5");

        var result = StatementAligner.Align(Numbered(Language.En, English).Build(), right.Build());

        Assert.Equal([("1", "1"), ("2", "2"), ("4", "4"), ("5", "5")], PairsOf(result));
        Assert.Equal(["3"], result.UnmatchedLeft);
        Assert.Empty(result.UnmatchedRight);
    }

    [Fact]
    public void Align_ItemDroppedAndTheRestRenumbered_PairsByContentAndFlagsTheNumbering()
    {
        var right = Numbered(Language.Vi, [Vietnamese[0], Vietnamese[1], Vietnamese[3], Vietnamese[4]]);

        var result = StatementAligner.Align(Numbered(Language.En, English).Build(), right.Build());

        Assert.Equal([("1", "1"), ("2", "2"), ("4", "3"), ("5", "4")], PairsOf(result));
        Assert.Equal(["3"], result.UnmatchedLeft);
        var renumbered = result.Pairs.Single(p => p.Left == "4");
        var issue = Assert.Single(renumbered.Issues, i => i.Kind == AlignmentIssueKinds.NumberingMismatch);
        Assert.Equal("en 4 is paired with vi 3", issue.Detail);
    }

    [Fact]
    public void Align_NumberingStartsLaterOnOneSide_FollowsTheContent()
    {
        var right = Numbered(Language.Vi, Vietnamese, "2", "3", "4", "5", "6");

        var result = StatementAligner.Align(Numbered(Language.En, English).Build(), right.Build());

        Assert.Equal([("1", "2"), ("2", "3"), ("3", "4"), ("4", "5"), ("5", "6")], PairsOf(result));
        Assert.All(result.Pairs, p => Assert.Contains(p.Issues, i => i.Kind == AlignmentIssueKinds.NumberingMismatch));
        Assert.All(result.Pairs, p => Assert.InRange(p.Score, 0.4, 0.75));
    }

    [Fact]
    public void Align_AnnexOnlyOnTheLeft_LeavesTheAnnexAndItsEntriesUnmatched()
    {
        var left = Numbered(Language.En, English)
            .Annex("A1", "Projects of the Coastal Programme")
            .Entry("A1.1", "Sea dyke upgrade in Bến Tre Province")
            .Entry("A1.2", "Mangrove restoration at Cà Mau Cape")
            .Entry("A1.3", "Flood warning network for the Red River delta");

        var result = StatementAligner.Align(left.Build(), Numbered(Language.Vi, Vietnamese).Build());

        Assert.Equal([("1", "1"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5")], PairsOf(result));
        Assert.Equal(["A1", "A1.1", "A1.2", "A1.3"], result.UnmatchedLeft);
    }

    [Fact]
    public void Align_OneItemSplitInTwoOnTheRight_GivesTwoPairsSharingTheLeftItem()
    {
        var left = Numbered(Language.En, [English[0], new(English[1].Text + " " + English[2].Text, m => { English[1].Mentions(m); English[2].Mentions(m); }), English[3], English[4]]);

        var result = StatementAligner.Align(left.Build(), Numbered(Language.Vi, Vietnamese).Build());

        Assert.Equal([("1", "1"), ("2", "2"), ("2", "3"), ("3", "4"), ("4", "5")], PairsOf(result));
        var halves = result.Pairs.Where(p => p.Left == "2").ToList();
        Assert.All(halves, p => Assert.Contains(p.Issues, i => i.Kind == AlignmentIssueKinds.SplitMerge));
        Assert.Equal(halves[0].Score, halves[1].Score);
        // Each half keeps the sentences of its own right item.
        Assert.All(halves, p => Assert.Single(p.Sentences));
    }

    [Fact]
    public void Align_TwoUnnumberedDocuments_PairsParagraphsByContent()
    {
        var left = new TestDocument(Language.En);
        foreach (var p in English) left.Item($"P{left.Build().Items.Count + 1}", p.Text, p.Mentions);
        var right = new TestDocument(Language.Vi)
            .Item("P1", Vietnamese[0].Text, Vietnamese[0].Mentions)
            .Item("P2", Vietnamese[1].Text, Vietnamese[1].Mentions)
            .Item("P3", "Phía Việt Nam cảm ơn sự giúp đỡ kịp thời của bạn bè Nhật Bản sau cơn bão vừa qua.")
            .Item("P4", Vietnamese[2].Text, Vietnamese[2].Mentions)
            .Item("P5", Vietnamese[3].Text, Vietnamese[3].Mentions)
            .Item("P6", Vietnamese[4].Text, Vietnamese[4].Mentions);

        var result = StatementAligner.Align(left.Build(), right.Build());

        Assert.Equal([("P1", "P1"), ("P2", "P2"), ("P3", "P4"), ("P4", "P5"), ("P5", "P6")], PairsOf(result));
        Assert.Equal(["P3"], result.UnmatchedRight);
        // Positions among unnumbered paragraphs are not numbering: nothing to flag.
        Assert.DoesNotContain(result.Pairs, p => p.Issues.Any(i => i.Kind == AlignmentIssueKinds.NumberingMismatch));
    }

    [Fact]
    public void Align_EnglishAndJapanese_MeetThroughAcronymsFiguresAndVocabulary()
    {
        var left = new TestDocument(Language.En);
        foreach (var p in English[1..4]) left.Item($"P{left.Build().Items.Count + 1}", p.Text, p.Mentions);
        var right = new TestDocument(Language.Ja).Item("P1", "両首脳は会談の成果を高く評価した。");
        foreach (var p in Japanese[1..4]) right.Item($"P{right.Build().Items.Count + 1}", p.Text, p.Mentions);

        var result = StatementAligner.Align(left.Build(), right.Build());

        Assert.Equal([("P1", "P2"), ("P2", "P3"), ("P3", "P4")], PairsOf(result));
        Assert.Equal(["P1"], result.UnmatchedRight);
    }

    [Fact]
    public void Align_SamePathAndAgreeingFigures_ScoresAboveARenumberedPairing()
    {
        var twins = StatementAligner.Align(Numbered(Language.En, English).Build(), Numbered(Language.Vi, Vietnamese).Build());
        var shifted = StatementAligner.Align(Numbered(Language.En, English).Build(), Numbered(Language.Vi, Vietnamese, "2", "3", "4", "5", "6").Build());

        Assert.True(twins.Pairs[1].Score > shifted.Pairs[1].Score, $"{twins.Pairs[1].Score} vs {shifted.Pairs[1].Score}");
    }

    [Fact]
    public void Align_TwoEmptyDocuments_AlignToNothing()
    {
        var result = StatementAligner.Align(new TestDocument(Language.En).Build(), new TestDocument(Language.Vi).Build());

        Assert.Empty(result.Pairs);
        Assert.Empty(result.UnmatchedLeft);
        Assert.Empty(result.UnmatchedRight);
    }

    [Fact]
    public void Align_OneEmptyDocument_LeavesEveryItemOfTheOtherUnmatched()
    {
        var result = StatementAligner.Align(Numbered(Language.En, English).Build(), new TestDocument(Language.Vi).Build());

        Assert.Empty(result.Pairs);
        Assert.Equal(["1", "2", "3", "4", "5"], result.UnmatchedLeft);
    }

    [Fact]
    public void Align_SpansOutsideTheText_DoNotThrow()
    {
        var doc = Numbered(Language.En, English).Build();
        var broken = doc with
        {
            Text = doc.Text[..40],
            Items = [.. doc.Items.Select(i => i with { Outline = i.Outline with { Paragraphs = [.. i.Outline.Paragraphs, new TextSpan(5000, 6000), new TextSpan(30, 10)] } })],
        };

        var result = StatementAligner.Align(broken, Numbered(Language.Vi, Vietnamese).Build());

        Assert.Equal(5, result.Pairs.Count + result.UnmatchedLeft.Count);
    }
}

using Concord.Text.Clauses;

namespace Concord.Text.Tests.Clauses;

public sealed class ClauseRecognizerTests
{
    [Fact]
    public void Recognize_EmptyText_FindsNothing()
    {
        Assert.Empty(ClauseRecognizer.Recognize("", new TextSpan(0, 0), Language.En));
    }

    [Theory]
    [InlineData(-5, 400)]
    [InlineData(30, 10)]
    [InlineData(500, 600)]
    public void Recognize_RangeOutsideTheText_StaysInsideTheText(int start, int end)
    {
        const string text = "The two sides welcomed the new ferry service and agreed to add a night crossing.";

        var clauses = ClauseRecognizer.Recognize(text, new TextSpan(start, end), Language.En);

        Assert.All(clauses, c => Assert.True(c.Span.Start >= 0 && c.Span.End <= text.Length && c.Span.Start < c.Span.End));
    }

    [Fact]
    public void Recognize_SecondParagraph_FindsOnlyItsClauses()
    {
        const string text = "The two sides agreed to meet in May.\n\nJapan welcomed the plan.";
        int second = text.IndexOf("Japan", StringComparison.Ordinal);

        var clause = Assert.Single(ClauseRecognizer.Recognize(text, new TextSpan(second, text.Length), Language.En));

        Assert.Equal("Japan welcomed the plan.", clause.Text);
        Assert.Equal(Modality.Welcome, clause.Modality);
        Assert.Equal([ClauseActors.Japan], clause.Actors);
    }

    [Fact]
    public void Recognize_HardWrappedLine_IsReadAsASpace()
    {
        const string text = "The two sides highly valued the new port,\nand agreed to extend it.";

        var modalities = ClauseRecognizer.Recognize(text, new TextSpan(0, text.Length), Language.En).Select(c => c.Modality);

        Assert.Equal([Modality.Welcome, Modality.Commitment], modalities);
    }

    [Theory]
    [InlineData(Language.En, "(2) ")]
    [InlineData(Language.Vi, "(2) ")]
    public void Recognize_CorpusDialogueItem_WelcomesThenCommits(Language language, string label)
    {
        var text = CorpusParagraphs.Text(language);
        int item = text.IndexOf("3. ", StringComparison.Ordinal);
        var paragraph = CorpusParagraphs.All(language).First(p => p.Start > item && text.AsSpan(p.Start).StartsWith(label));

        var clauses = ClauseRecognizer.Recognize(text, paragraph, language);

        Assert.True(clauses.Count >= 2, string.Join("\n", clauses));
        Assert.Equal(Modality.Welcome, clauses[0].Modality);
        Assert.Equal(Modality.Commitment, clauses[1].Modality);
        Assert.All(clauses.Take(2), c => Assert.Equal([ClauseActors.Both], c.Actors));
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Vi)]
    public void Recognize_EveryCorpusParagraph_GivesOrderedClausesThatCoverItsWords(Language language)
    {
        var text = CorpusParagraphs.Text(language);
        foreach (var paragraph in CorpusParagraphs.All(language))
        {
            var clauses = ClauseRecognizer.Recognize(text, paragraph, language);

            ClauseAssert.Valid(text, paragraph, clauses);
            ClauseAssert.CoversEveryWord(text, paragraph, clauses);
        }
    }
}

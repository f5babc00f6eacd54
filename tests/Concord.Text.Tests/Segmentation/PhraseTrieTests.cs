using Concord.Text.Segmentation;

namespace Concord.Text.Tests.Segmentation;

public sealed class PhraseTrieTests
{
    static readonly PhraseTrie<int> Trie = new([("agreed", 1), ("agreed to", 2), ("took note of", 3), ("nhất trí", 4), ("Japan’s side", 5)]);

    static (int End, int Value)? Match(string text, int start = 0, bool wholeWords = true) =>
        Trie.TryMatch(text, start, text.Length, wholeWords, out int end, out int value) ? (end, value) : null;

    [Fact]
    public void TryMatch_TwoPhrasesAtOnePlace_TakesTheLonger()
    {
        Assert.Equal((9, 2), Match("agreed to meet"));
    }

    [Fact]
    public void TryMatch_CaseAndLineBreaks_AreIgnored()
    {
        Assert.Equal((14, 3), Match("Took\n  note of the plan"));
        Assert.Equal((8, 4), Match("Nhất trí tăng cường"));
    }

    [Fact]
    public void TryMatch_StraightAndCurlyApostrophes_AreOne()
    {
        Assert.Equal((12, 5), Match("Japan's side"));
    }

    [Fact]
    public void TryMatch_WholeWords_RejectsAPrefixOfALongerWord()
    {
        Assert.Null(Match("agreedly"));
        Assert.Equal((6, 1), Match("agreedly", wholeWords: false));
    }

    [Fact]
    public void StartOfPhraseEndingAt_FindsTheLongestPhraseBeforeAPosition()
    {
        const string text = "they took note of it";

        Assert.Equal(5, Trie.StartOfPhraseEndingAt(text, 17, 0));
        Assert.Equal(-1, Trie.StartOfPhraseEndingAt(text, 13, 0));
    }
}

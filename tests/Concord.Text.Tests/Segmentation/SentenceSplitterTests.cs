using Concord.Text.Segmentation;

namespace Concord.Text.Tests.Segmentation;

public sealed class SentenceSplitterTests
{
    static List<string> Split(string text) =>
        SentenceSplitter.Split(text, new TextSpan(0, text.Length)).Select(s => s.Of(text)).ToList();

    [Fact]
    public void Split_EtcBeforeACapital_EndsTheSentence()
    {
        var sentences = Split("They named the river, the port, the bridge, etc. The two sides also agreed to meet.");

        Assert.Equal(["They named the river, the port, the bridge, etc.", "The two sides also agreed to meet."], sentences);
    }

    [Fact]
    public void Split_VietnameseEtcBeforeACapital_EndsTheSentence()
    {
        var sentences = Split("Hai bên hợp tác về cảng, cầu, v.v. Hai bên cũng nhất trí gặp lại.");

        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void Split_EtcBeforeALowerCaseWord_DoesNotEndTheSentence()
    {
        Assert.Single(Split("Ports, bridges, etc. and other works will be built."));
    }

    [Theory]
    [InlineData("The ferry No. 5 will run again.")]
    [InlineData("Mr. Tanaka and Dr. Lê met in Huế.")]
    public void Split_OtherAbbreviations_DoNotEndTheSentence(string text)
    {
        Assert.Single(Split(text));
    }
}

using Concord.Text.Languages.Vi;

namespace Concord.Text.Tests.Languages.Vi;

public sealed class ViSyllablesTests
{
    [Theory]
    [InlineData("việt")]
    [InlineData("Nguyễn")]
    [InlineData("nghiêng")]
    [InlineData("quyết")]
    [InlineData("gì")]
    [InlineData("giếng")]
    [InlineData("khuếch")]
    [InlineData("thuở")]
    [InlineData("ĐƯỜNG")]
    [InlineData("ủy")]
    [InlineData("hoạch")]
    [InlineData("a")]
    public void IsSyllable_VietnameseSyllables_AreAccepted(string word)
    {
        Assert.True(ViSyllables.IsSyllable(word), word);
    }

    [Theory]
    [InlineData("vieät")] // VNI read as Latin-1
    [InlineData("néi")] // TCVN3 read as Windows-1252
    [InlineData("hµ")]
    [InlineData("viờũt")] // Windows-1258 read as TCVN3
    [InlineData("visited")]
    [InlineData("cafe")]
    [InlineData("tiếngg")]
    [InlineData("hoàá")] // two tone marks
    [InlineData("")]
    [InlineData("nghiêngs")]
    [InlineData("cêp")] // a final p needs an acute or a dot below
    [InlineData("hoàc")]
    public void IsSyllable_OtherWords_AreRejected(string word)
    {
        Assert.False(ViSyllables.IsSyllable(word), word);
    }

    [Theory]
    [InlineData('ă', true)]
    [InlineData('Đ', true)]
    [InlineData('ợ', true)]
    [InlineData('É', true)]
    [InlineData('e', false)]
    [InlineData('ö', false)]
    [InlineData('ñ', false)]
    public void IsMarkedLetter_TellsVietnameseLetters(char c, bool expected)
    {
        Assert.Equal(expected, ViSyllables.IsMarkedLetter(c));
    }
}

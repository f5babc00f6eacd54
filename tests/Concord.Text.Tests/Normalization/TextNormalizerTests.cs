using System.Text;
using Concord.Text.Normalization;

namespace Concord.Text.Tests.Normalization;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("a\rb\r", "a\nb\n")]
    [InlineData("a\r\r\nb", "a\n\nb")]
    [InlineData("a\u2028b\u2029c\u0085d", "a\nb\nc\nd")]
    [InlineData("\uFEFFa\uFEFFb", "ab")]
    public void Normalize_LineBreaksAndByteOrderMarks_AreRewritten(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_UnpairedSurrogates_BecomeReplacementCharacters()
    {
        Assert.Equal("a\uFFFDb\uFFFD😀\uFFFD", TextNormalizer.Normalize("a\uD800b\uDC00😀\uFFFE"));
    }

    [Fact]
    public void Normalize_DecomposedVietnamese_IsComposed()
    {
        var nfd = "Nguyễn Thị Hường".Normalize(NormalizationForm.FormD);

        Assert.Equal("Nguyễn Thị Hường", TextNormalizer.Normalize(nfd));
    }

    [Fact]
    public void Normalize_TextThatNeedsNothing_IsReturnedAsIs()
    {
        const string text = "Đã chuẩn hóa.\n";

        Assert.Same(text, TextNormalizer.Normalize(text));
    }
}

using Concord.Data.Search;

namespace Concord.Data.Tests.Search;

public sealed class SearchFoldingTests
{
    [Theory]
    [InlineData("Hà Nội", "ha noi")]
    [InlineData("đường", "duong")]
    [InlineData("ĐƯỜNG SẮT", "duong sat")]
    [InlineData("Nghệ An", "nghe an")]
    [InlineData("ư ơ Ư Ơ", "u o u o")]
    [InlineData("Phạm Minh Chính", "pham minh chinh")]
    [InlineData("kỹ thuật số", "ky thuat so")]
    [InlineData("Ỹ ỵ ẫ Ặ", "y y a a")]
    public void Fold_Vietnamese_RemovesMarksAndLowersCase(string text, string folded) =>
        Assert.Equal(folded, SearchFolding.Fold(text));

    [Fact]
    public void Fold_EveryPrecomposedVietnameseLetter_BecomesItsAsciiBase()
    {
        const string letters = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
        const string bases = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd";
        Assert.Equal(bases, SearchFolding.Fold(letters));
        Assert.Equal(bases, SearchFolding.Fold(letters.ToUpperInvariant()));
    }

    [Fact]
    public void Fold_EthStandingInForDStroke_BecomesD() =>
        Assert.Equal("duong", SearchFolding.Fold("Ðường"));

    [Theory]
    [InlineData("ＪＢＩＣ", "jbic")]
    [InlineData("２０３０年", "2030年")]
    [InlineData("ｏｄａ", "oda")]
    public void Fold_FullWidthAscii_BecomesAscii(string text, string folded) =>
        Assert.Equal(folded, SearchFolding.Fold(text));

    [Theory]
    [InlineData("日本とベトナムは協力する")]
    [InlineData("ガバナンス")]
    [InlineData("々〆ー")]
    [InlineData("ﾊﾟｰﾄﾅｰ")]
    [InlineData("𠮷野家")]
    public void Fold_JapaneseLettersAndMarks_AreUntouched(string text) =>
        Assert.Equal(text, SearchFolding.Fold(text));

    [Fact]
    public void Fold_JapanesePunctuation_BecomesSpaces() =>
        Assert.Equal("日本 ベトナム 協力 ", SearchFolding.Fold("日本・ベトナム「協力」"));

    [Theory]
    [InlineData("50.000 tỷ", "50 000 ty")]
    [InlineData("COVID-19", "covid 19")]
    [InlineData("Viet Nam's", "viet nam s")]
    [InlineData("a\"b'c\\d*e:f(g)", "a b c d e f g ")]
    [InlineData("x\n\ty\0z", "x  y z")]
    public void Fold_PunctuationAndSpace_BecomeSpaces(string text, string folded) =>
        Assert.Equal(folded, SearchFolding.Fold(text));

    [Fact]
    public void Fold_KeepsOneCharacterForOne_SoOffsetsMatchTheOriginal()
    {
        const string text = "Đại hội tại Hà Nội (２０２５) — 日本と協力; ĐƯỜNG SẮT!";
        string folded = SearchFolding.Fold(text);

        Assert.Equal(text.Length, folded.Length);
        int at = folded.IndexOf("ha noi", StringComparison.Ordinal);
        Assert.Equal("Hà Nội", text.Substring(at, 6));
        at = folded.IndexOf("duong sat", StringComparison.Ordinal);
        Assert.Equal("ĐƯỜNG SẮT", text.Substring(at, 9));
    }

    [Fact]
    public void Fold_EveryCharacter_GivesOneCharacterAndNeverThrows()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string folded = SearchFolding.Fold(((char)c).ToString());
            Assert.Equal(1, folded.Length);
            Assert.False(folded[0] is '"' or '\'' or '\\' or '*' or ':' or '(' or ')' or '^' or '&' or '|' or '!' or '<' or '>' or '-' or '+',
                $"U+{c:X4} folds to an operator character");
        }
    }

    [Fact]
    public void Fold_ResultIsStable_FoldingTwiceChangesNothing()
    {
        const string text = "Hai Thủ tướng nhất trí: ĐƯỜNG SẮT cao tốc Bắc – Nam, ＯＤＡ, 協力。";
        string once = SearchFolding.Fold(text);
        Assert.Equal(once, SearchFolding.Fold(once));
    }
}

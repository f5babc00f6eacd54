using Concord.Text.Dates;
using Concord.Text.Normalization;

namespace Concord.Text.Tests.Dates;

public sealed class StatementDateFinderTests
{
    static readonly DateOnly Statement = new(2025, 4, 28);

    [Fact]
    public void Find_IsoDateHeaderAtTheStart_IsTheDate()
    {
        const string text = " date 2025-04-28 TOKYO — The two leaders met on 3 March 2025 to prepare the visit.";

        Assert.Equal(Statement, StatementDateFinder.Find(text, Language.En));
    }

    [Fact]
    public void Find_VietnameseDayHeaderAtTheStart_IsTheDate()
    {
        const string text = "Ngày 28/4/2025\nHai bên đã gặp nhau vào ngày 3/3/2025 để chuẩn bị chuyến thăm.";

        Assert.Equal(Statement, StatementDateFinder.Find(text, Language.Vi));
    }

    [Fact]
    public void Find_VietnamesePlaceAndDateLine_WinsOverAnEarlierDateInTheText()
    {
        const string text = "TUYÊN BỐ CHUNG\nTiếp nối hội nghị ngày 3/3/2025 tại Huế,\nHà Nội, ngày 28 tháng 4 năm 2025\n\n1. Hai bên nhất trí.";

        Assert.Equal(Statement, StatementDateFinder.Find(text, Language.Vi));
    }

    [Fact]
    public void Find_EnglishPlaceAndDateLine_WinsOverAnEarlierDateInTheText()
    {
        const string text = "JOINT STATEMENT\nFollowing the meeting of March 3, 2025, the sides agreed as follows.\nTokyo, April 28, 2025\n\n1. Trade.";

        Assert.Equal(Statement, StatementDateFinder.Find(text, Language.En));
    }

    [Fact]
    public void Find_JapaneseDateLine_IsTheDate()
    {
        const string text = "日越共同声明\n2025年4月28日\n\n1．両首相は、2023年11月3日の声明を再確認した。";

        Assert.Equal(Statement, StatementDateFinder.Find(text, Language.Ja));
    }

    [Fact]
    public void Find_NoHeader_TakesTheFirstWholeSingleDayAndSkipsRangesAndDaysWithoutYear()
    {
        const string text = "The visit from April 27-29, 2025 was the first. Talks on April 28 covered trade; the record was signed on 28 April 2025 and published on 30 April 2025.";

        Assert.Equal(Statement, StatementDateFinder.Find(text, Language.En));
    }

    [Fact]
    public void Find_VietnameseWithoutHeader_SkipsTheRangeOfTheVisit()
    {
        const string text = "1.Nhân dịp chuyến thăm từ ngày 27 - 29/4/2025, hai Thủ tướng đã hội đàm vào ngày 28/4/2025 tại Hà Nội.";

        Assert.Equal(Statement, StatementDateFinder.Find(text, Language.Vi));
    }

    [Theory]
    [InlineData("")]
    [InlineData("The two sides agreed to cooperate in 2025 and by 2030.")]
    [InlineData("Talks were held on April 28 in Hanoi.")]
    public void Find_NoWholeDay_IsNull(string text)
    {
        Assert.Null(StatementDateFinder.Find(text, Language.En));
    }

    [Fact]
    public void Find_DateFarIntoTheText_IsNotTheStatementsDate()
    {
        var text = new string('x', 10) + " " + string.Concat(Enumerable.Repeat("The sides met again. ", 150)) + "Signed on 28 April 2025.";

        Assert.Null(StatementDateFinder.Find(text, Language.En));
    }

    [Theory]
    [InlineData(Corpus.StatementEn, Language.En)]
    [InlineData(Corpus.StatementVi, Language.Vi)]
    public void Find_CorpusStatements_IsTheDayOfTheTalks(string name, Language language)
    {
        var text = TextNormalizer.Normalize(Corpus.Read(name));

        Assert.Equal(Statement, StatementDateFinder.Find(text, language));
    }
}

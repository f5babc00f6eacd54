using Concord.Text.Normalization;
using Concord.Text.Parties;

namespace Concord.Text.Tests.Parties;

public sealed class PartyFinderTests
{
    static string[] Find(string text, Language language, string? title = null) =>
        [.. PartyFinder.Find(TextNormalizer.Normalize(text), language, title).Select(p => p.Name)];

    [Fact]
    public void Find_EnglishTitleWithFormsOfState_GivesTheBareNames()
    {
        var text = "Joint Statement between the Republic of Veloria and the Kingdom of Estrand on Maritime Cooperation\n\n"
            + "1. The two Prime Ministers met in Port Amsel.";
        Assert.Equal(["Veloria", "Estrand"], Find(text, Language.En));
    }

    [Fact]
    public void Find_EnglishTitleAfterANewsLead_IsFoundInTheOpening()
    {
        var text = "PORT AMSEL — The two leaders issued a joint statement on Friday after talks between the two governments.\n\n"
            + "Joint Vision Statement between the Federal Republic of Ostmark and the Grand Duchy of Lirren\n\n1. Both sides met.";
        Assert.Equal(["Ostmark", "Lirren"], Find(text, Language.En));
    }

    [Fact]
    public void Find_EnglishTitleNamingKnownCountries_GivesTheirCanonicalNames()
    {
        Assert.Equal(["Japan", "Việt Nam"], Find("Joint Statement between Japan and the Socialist Republic of Viet Nam\n\nText.", Language.En));
        Assert.Equal(["Korea", "Thailand"], Find("Joint Statement between the Republic of Korea and the Kingdom of Thailand", Language.En));
    }

    [Fact]
    public void Find_DashedEnglishTitle_GivesBothNames()
    {
        Assert.Equal(["Japan", "Việt Nam"], Find("Japan–Viet Nam Joint Statement\n\n1. The two sides met.", Language.En));
    }

    [Fact]
    public void Find_SentenceMentioningAJointStatement_IsNotATitle()
    {
        var text = "The two leaders recalled the Joint Statement on Upgrading Veloria-Estrand Relations to a New Level.";
        Assert.Empty(Find(text, Language.En));
    }

    [Fact]
    public void Find_VietnameseTitle_StripsNuocCongHoaAndVuongQuoc()
    {
        var text = "Tuyên bố chung giữa nước Cộng hòa Veloria và Vương quốc Estrand về hợp tác biển\n\n1. Hai bên nhất trí.";
        Assert.Equal(["Veloria", "Estrand"], Find(text, Language.Vi));
    }

    [Fact]
    public void Find_VietnameseTitleOfKnownCountries_GivesTheNamesSharedByAllLanguages()
    {
        var text = "Tuyên bố chung giữa Nhật Bản và nước Cộng hòa xã hội chủ nghĩa Việt Nam về quan hệ đối tác";
        Assert.Equal(["Japan", "Việt Nam"], Find(text, Language.Vi));
        Assert.Equal(["Việt Nam", "Japan"], Find("Tuyên bố chung Việt Nam - Nhật Bản\n\n1. Nội dung.", Language.Vi));
    }

    [Fact]
    public void Find_JapaneseTitle_StripsKyowakokuAndOukoku()
    {
        var text = "ヴェロリア共和国とエストランド王国との海洋協力に関する共同声明\n\n1．両首脳は会談した。";
        Assert.Equal(["ヴェロリア", "エストランド"], Find(text, Language.Ja));
    }

    [Fact]
    public void Find_JapaneseTitleOfKnownCountries_GivesTheirCanonicalNames()
    {
        Assert.Equal(["Japan", "Việt Nam"], Find("日本国とベトナム社会主義共和国との間の共同声明", Language.Ja));
    }

    [Fact]
    public void Find_TitleGivenByTheOutline_IsReadFirst()
    {
        var text = "Joint Statement between the Republic of Veloria and the Kingdom of Estrand";
        Assert.Equal(["Lirren", "Ostmark"], Find(text, Language.En, "Joint Declaration between Lirren and Ostmark"));
    }

    [Fact]
    public void Find_NoTitle_GivesTheNamesUsedMostAfterPartyWords()
    {
        var text = "The Government of Estrand will open two consulates. The Government of Veloria welcomed this, and the "
            + "Government of Estrand agreed to fund them. The Prime Minister of Veloria thanked the Estrand side. "
            + "Japan was mentioned once.";
        Assert.Equal(["Estrand", "Veloria"], Find(text, Language.En));
    }

    [Fact]
    public void Find_NoTitleInVietnamese_CountsPhiaAndChinhPhu()
    {
        var text = "Phía Estrand sẽ mở hai lãnh sự quán. Chính phủ Veloria hoan nghênh. Phía Estrand cũng nhất trí. "
            + "Phía Veloria cảm ơn.";
        Assert.Equal(["Estrand", "Veloria"], Find(text, Language.Vi));
    }

    [Fact]
    public void Find_NoTitleInJapanese_CountsNamesBeforeGawaAndSeifu()
    {
        Assert.Equal(["エストランド", "ヴェロリア"], Find("エストランド側は支援する。ヴェロリア政府は歓迎した。エストランド政府は同意した。ヴェロリア側は感謝した。", Language.Ja));
    }

    [Theory]
    [InlineData("", Language.En)]
    [InlineData("The two sides agreed to meet again.", Language.En)]
    [InlineData("Hai bên nhất trí.", Language.Vi)]
    [InlineData("共同声明", Language.Ja)]
    public void Find_TextNamingNoParty_GivesNone(string text, Language language)
    {
        Assert.Empty(Find(text, language));
    }
}

using Concord.Text.Languages;

namespace Concord.Text.Tests.Languages;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData(Corpus.StatementEn, Language.En)]
    [InlineData(Corpus.StatementVi, Language.Vi)]
    [InlineData(Corpus.HanoiTimes, Language.En)]
    [InlineData(Corpus.Rewritten, Language.En)]
    [InlineData(Corpus.Interview, Language.En)]
    public void Detect_CorpusDocuments_AreInTheirLanguage(string file, Language expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(Corpus.Read(file)));
    }

    [Theory]
    [InlineData("Hai bên nhất trí tăng cường hợp tác về giáo dục và y tế.")]
    [InlineData("Thủ tướng Nhật Bản sẽ thăm Việt Nam vào cuối năm nay.")]
    [InlineData("HAI BÊN KÝ KẾT BẢN GHI NHỚ VỀ HỢP TÁC NÔNG NGHIỆP")]
    [InlineData("Hai ben nhat tri tang cuong hop tac trong linh vuc nang luong va cho sinh vien.")]
    [InlineData("Ông Ishiba Shigeru và ông Phạm Minh Chính đã hội đàm tại Tokyo về dự án JICA.")]
    [InlineData("Hai bên nhất trí sớm tổ chức Đối thoại 2+2 (石破茂) tại Tokyo.")]
    public void Detect_VietnameseTexts_AreVietnamese(string text)
    {
        Assert.Equal(Language.Vi, LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("The two sides agreed to expand cooperation in education and health.")]
    [InlineData("Phạm Minh Chính met Ishiba Shigeru in Hà Nội.")]
    [InlineData("Prime Minister Phạm Minh Chính welcomed the delegation to Việt Nam, Hà Nội and Đà Nẵng.")]
    [InlineData("The delegation visited 東京 and 大阪 before returning to Việt Nam.")]
    [InlineData("VIET NAM AND JAPAN SIGN FOUR AGREEMENTS")]
    [InlineData("Agreements signed")]
    public void Detect_EnglishTexts_AreEnglish(string text)
    {
        Assert.Equal(Language.En, LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("両首脳は、2030年までに半導体分野の専門人材を育成することで一致した。")]
    [InlineData("日本とベトナムは、ODAを通じた協力を継続する。ASEANとの連携も強化する。")]
    [InlineData("石破総理はハノイでファム・ミン・チン首相と会談した（Hà Nội）。")]
    public void Detect_JapaneseTexts_AreJapanese(string text)
    {
        Assert.Equal(Language.Ja, LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n ")]
    [InlineData("2025 - 2030 / 50.000")]
    public void Detect_NoWords_IsEnglish(string text)
    {
        Assert.Equal(Language.En, LanguageDetector.Detect(text));
    }

    [Fact]
    public void Detect_OnlyTheStartOfALongText_IsRead()
    {
        var text = string.Concat(Enumerable.Repeat("Hai bên nhất trí tăng cường hợp tác. ", 700))
            + string.Concat(Enumerable.Repeat("The two sides agreed to cooperate. ", 3000));

        Assert.Equal(Language.Vi, LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("en", Language.En)]
    [InlineData("vi", Language.Vi)]
    [InlineData("ja", Language.Ja)]
    public void Detect_SampleStatementParagraphs_AreEachInTheStatementsLanguage(string code, Language expected)
    {
        var paragraphs = File.ReadAllText(SamplePath($"statement.{code}.txt")).Split('\n')
            .Where(p => p.Count(char.IsLetter) >= 20).ToList();

        Assert.NotEmpty(paragraphs);
        Assert.All(paragraphs, p => Assert.Equal(expected, LanguageDetector.Detect(p)));
    }

    static string SamplePath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Concord.slnx")))
                return Path.Combine(dir.FullName, "samples", name);
        }
        throw new DirectoryNotFoundException("Cannot find the repository root (Concord.slnx)");
    }
}

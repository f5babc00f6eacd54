using System.Text;
using Concord.Reading;

namespace Concord.Tests.Reading;

public sealed class HtmlReaderTests
{
    static ReadResult ReadHtml(string html, string name = "statement.html")
    {
        using var file = TempFile.With(name, html);
        return DocumentReader.Read(file.Path, new ReadOptions());
    }

    static string[] ParagraphsOf(ReadResult read) => read.Text.Split("\n\n");

    [Fact]
    public void ArticlePage_KeepsTheStatement_LeavesOutNavigationTeasersAndFooter()
    {
        var read = ReadHtml(HtmlPages.ArticlePage());

        Assert.Null(read.Error);
        Assert.Equal(ReadFormat.Html, read.Format);
        Assert.Contains("paid an official visit to Borea from 10 to 12 March 2026", read.Text, StringComparison.Ordinal);
        Assert.Contains("invited the Prime Minister of Borea to visit Aland", read.Text, StringComparison.Ordinal);
        foreach (var chrome in new[] { "Politics", "Log in", "Related news", "Fishing fleet", "ferry timetable", "All rights reserved", "Injected teaser", "color: red" })
            Assert.DoesNotContain(chrome, read.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void VietnameseNewsPage_KeepsTheStatement_LeavesOutRelatedNewsSidebarAndFooter()
    {
        var paragraphs = ParagraphsOf(ReadHtml(HtmlPages.VietnameseNewsPage()));

        Assert.Equal("Tuyên bố chung về tăng cường hợp tác biển giữa Aland và Borea", paragraphs[0]);
        Assert.Contains(paragraphs, p => p.StartsWith("1. Hai Thủ tướng nhất trí thành lập nhóm công tác chung", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("4. Hai bên nhất trí tổ chức lễ hội văn hóa biển", StringComparison.Ordinal));
        Assert.Contains("Về văn hóa", paragraphs);
        foreach (var chrome in new[] { "Trang chủ", "Tin liên quan", "Đội tàu cá", "Đọc nhiều", "Giá vàng", "Giấy phép" })
            Assert.DoesNotContain(paragraphs, p => p.Contains(chrome, StringComparison.Ordinal));
    }

    [Fact]
    public void OrderedList_TypesEachItemsNumberBeforeIt()
    {
        var paragraphs = ParagraphsOf(ReadHtml(HtmlPages.ArticlePage()));

        Assert.Contains(paragraphs, p => p.StartsWith("1. The two Prime Ministers agreed to set up a joint working group", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("2. Both sides welcomed the opening", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("3. The two leaders affirmed", StringComparison.Ordinal));
    }

    [Fact]
    public void BoldLeadLine_BeforeABreak_IsItsOwnParagraph()
    {
        var paragraphs = ParagraphsOf(ReadHtml(HtmlPages.ArticlePage()));

        Assert.Contains("Culture and exchanges", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("The two sides agreed to hold a festival", StringComparison.Ordinal));
    }

    [Fact]
    public void Title_ComesFirst_Once()
    {
        var read = ReadHtml(HtmlPages.ArticlePage());

        Assert.StartsWith(HtmlPages.Title + "\n\n", read.Text, StringComparison.Ordinal);
        Assert.Equal(read.Text.IndexOf(HtmlPages.Title, StringComparison.Ordinal), read.Text.LastIndexOf(HtmlPages.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void TitleWithADash_IsKeptWhole()
    {
        const string title = "Tuyên bố chung Việt Nam - Nhật Bản";
        var page = HtmlPages.ArticlePage().Replace(HtmlPages.Title + " | Harbour Daily", HtmlPages.Title, StringComparison.Ordinal)
            .Replace(HtmlPages.Title, title, StringComparison.Ordinal);

        var read = ReadHtml(page);

        Assert.StartsWith(title + "\n\n", read.Text, StringComparison.Ordinal);
        Assert.Equal(read.Text.IndexOf(title, StringComparison.Ordinal), read.Text.LastIndexOf(title, StringComparison.Ordinal));
    }

    [Fact]
    public void BareStatement_WithNoArticleToFind_IsReadWhole()
    {
        var read = ReadHtml(HtmlPages.BareStatement());

        Assert.Null(read.Error);
        Assert.Equal("Joint Press Release\n\nThe two Foreign Ministers met in Lumen on 3 May 2026.\n\nThey agreed to open a consulate in each other's second city.", read.Text);
    }

    [Fact]
    public void TxtFileHoldingHtml_IsReadAsHtml()
    {
        var read = ReadHtml(HtmlPages.BareStatement(), "statement.txt");

        Assert.Equal(ReadFormat.Html, read.Format);
        Assert.DoesNotContain("<p>", read.Text, StringComparison.Ordinal);
        Assert.Contains("They agreed to open a consulate", read.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlFileHoldingPlainText_IsReadAsText()
    {
        const string text = "1. The two sides agreed to share weather data every hour.\n\n2. They will review the arrangement in 2027.";

        var read = ReadHtml(text, "statement.html");

        Assert.Equal(ReadFormat.Text, read.Format);
        Assert.Equal(text, read.Text);
    }

    [Fact]
    public void Windows1258Page_IsDecodedByItsMetaCharset()
    {
        const string sentence = "Hai bên nhất trí thành lập nhóm công tác chung về ứng phó thiên tai ven biển.";
        var html = $"<html><head><meta charset=\"windows-1258\"><title>Tuyên bố chung</title></head><body><p>{sentence}</p></body></html>";

        using var file = TempFile.With("tuyen-bo.html", Windows1258.Encode(html));
        var read = DocumentReader.Read(file.Path, new ReadOptions());

        Assert.Null(read.Error);
        Assert.Equal("windows-1258", read.Encoding);
        Assert.Contains(sentence, read.Text, StringComparison.Ordinal);
        Assert.True(read.Text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void ShiftJisPage_IsDecodedByItsMetaCharset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string first = "両国の首脳は、沿岸防災に関する共同作業部会を設置することで一致した。";
        const string second = "双方は、2028年までに海洋技術者3,000人を育成する計画を歓迎した。";
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><title>共同声明</title></head>"
            + $"<body><nav><a href=\"/\">トップ</a></nav><ol><li>{first}</li><li>{second}</li></ol></body></html>";

        using var file = TempFile.With("seimei.htm", Encoding.GetEncoding("shift_jis").GetBytes(html));
        var read = DocumentReader.Read(file.Path, new ReadOptions());

        Assert.Null(read.Error);
        Assert.Equal("shift_jis", read.Encoding);
        Assert.Equal($"共同声明\n\n1. {first}\n\n2. {second}", read.Text);
    }

    [Fact]
    public void ByteOrderMark_WinsOverTheMetaCharset()
    {
        const string sentence = "Hai bên hoan nghênh việc mở đường bay thẳng mới.";
        var html = $"<html><head><meta charset=\"windows-1258\"></head><body><p>{sentence}</p></body></html>";
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(html)];

        using var file = TempFile.With("page.html", bytes);
        var read = DocumentReader.Read(file.Path, new ReadOptions());

        Assert.Contains(sentence, read.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PageWithNoText_IsRefused()
    {
        var read = ReadHtml("<!doctype html><html><head><title></title></head><body><nav><a href='/'>Home</a></nav><script>var x = 1;</script></body></html>");

        Assert.Equal("statement.html: the HTML page has no text", read.Error);
    }
}

using CsCheck;
using Concord.Text.Dates;

namespace Concord.Text.Tests.Dates;

public sealed class DateRecognizerTests
{
    static readonly DateContext Known = new(new DateOnly(2025, 4, 28));

    static IReadOnlyList<DateMention> Recognize(string text, Language language, DateContext? context = null) =>
        DateRecognizer.Recognize(text, new TextSpan(0, text.Length), language, context ?? Known);

    [Fact]
    public void Recognize_FiscalYearAboutJapan_SaysWhichConventionAndWhy()
    {
        var fiscal = Assert.Single(Recognize("Japan will fund the second wing within fiscal year 2026.", Language.En));

        Assert.Equal(FiscalConvention.JP, fiscal.FiscalYear);
        Assert.Equal(new DateOnly(2026, 4, 1), fiscal.Start);
        Assert.Equal(new DateOnly(2027, 3, 31), fiscal.End);
        Assert.Contains("read as Japan's (1 April 2026 - 31 March 2027)", fiscal.Reading, StringComparison.Ordinal);
        Assert.Contains("Viet Nam's fiscal year is the calendar year", fiscal.Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_FiscalYearNobodyOwns_SaysJapansWasAssumed()
    {
        var fiscal = Assert.Single(Recognize("Work starts in fiscal year 2027.", Language.En));

        Assert.Equal(FiscalConvention.JP, fiscal.FiscalYear);
        Assert.Contains("assumed Japan's", fiscal.Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_FiscalYearOfTheStateBudget_IsTheCalendarYear()
    {
        var fiscal = Assert.Single(Recognize("Dự toán ngân sách nhà nước năm tài chính 2026 đã được thông qua.", Language.Vi));

        Assert.Equal(FiscalConvention.VN, fiscal.FiscalYear);
        Assert.Equal(new DateOnly(2026, 1, 1), fiscal.Start);
        Assert.Equal(new DateOnly(2026, 12, 31), fiscal.End);
        Assert.Contains("state budget", fiscal.Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_RelativeDateWithoutStatementDate_SaysTheRangeIsUnknown()
    {
        var summer = Assert.Single(Recognize("Talks will open in the summer of this year.", Language.En, new DateContext(null)));

        Assert.Null(summer.Start);
        Assert.Null(summer.End);
        Assert.Equal(DatePrecision.Season, summer.Precision);
        Assert.Contains("not known", summer.Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_SeasonOfThisYear_ReadsTheSeasonAndTheStatementsDate()
    {
        var summer = Assert.Single(Recognize("Hai bên nhất trí trong mùa hè năm nay sẽ khởi động tham vấn.", Language.Vi));

        Assert.Equal("summer 2025 (1 June - 31 August 2025, northern hemisphere); \"trong mùa hè năm nay\" is read from the statement's date, 28 April 2025", summer.Reading);
    }

    [Fact]
    public void Recognize_ByTheEndOfAYear_EndsOnTheLastDayAndIsPreciseToTheYear()
    {
        var deadline = Assert.Single(Recognize("The sides will agree on the text by the end of 2025.", Language.En));

        Assert.Equal(DateRole.Deadline, deadline.Role);
        Assert.Null(deadline.Start);
        Assert.Equal(new DateOnly(2025, 12, 31), deadline.End);
        Assert.Equal(DatePrecision.Year, deadline.Precision);
        Assert.Equal("no later than 31 December 2025, the end of the year 2025", deadline.Reading);
    }

    [Fact]
    public void Recognize_HardWrappedLine_IsOneMentionWithTheNewlineInItsText()
    {
        const string text = "The forum will be organised by the end\nof 2025 in Hanoi.";

        var deadline = Assert.Single(Recognize(text, Language.En));

        Assert.Equal("by the end\nof 2025", deadline.Text);
        Assert.Equal(new DateOnly(2025, 12, 31), deadline.End);
    }

    [Fact]
    public void Recognize_Range_OnlyFindsDatesInsideIt()
    {
        const string text = "In 2024 trade grew. The sides will meet in 2026. Aid rises by 2030.";
        int start = text.IndexOf("The sides", StringComparison.Ordinal);
        var range = new TextSpan(start, text.IndexOf(" Aid", StringComparison.Ordinal));

        var mention = Assert.Single(DateRecognizer.Recognize(text, range, Language.En, Known));

        Assert.Equal("in 2026", mention.Text);
        Assert.True(range.Contains(mention.Span));
    }

    [Fact]
    public void Recognize_RangeBeyondTheText_IsClampedAndDoesNotThrow()
    {
        const string text = "Talks on 28 April 2025.";

        var mention = Assert.Single(DateRecognizer.Recognize(text, new TextSpan(-5, 500), Language.En, Known));

        Assert.Equal("on 28 April 2025", mention.Text);
    }

    [Fact]
    public void Recognize_DayWithoutYear_SaysTheYearIsTheStatements()
    {
        var day = Assert.Single(Recognize("Ngày Văn hóa (15/10) được tổ chức tại Osaka.", Language.Vi));

        Assert.Equal(new DateOnly(2025, 10, 15), day.Start);
        Assert.Contains("the year is the statement's", day.Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_InvalidDays_AreNotDates()
    {
        Assert.Empty(Recognize("The sides met on February 30, 2025 and on 31/4/2025.", Language.En));
    }

    [Fact]
    public void Recognize_LeapDayInAYearWithoutOne_HasNoRange()
    {
        var day = Assert.Single(Recognize("The fair opens on February 29.", Language.En));

        Assert.Null(day.Start);
        Assert.Contains("does not exist in 2025", day.Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_NextYearOfTheLastYearThereIs_HasNoRangeAndDoesNotThrow()
    {
        var next = Assert.Single(Recognize("The council will meet again next year.", Language.En, new DateContext(DateOnly.MaxValue)));

        Assert.Null(next.Start);
        Assert.Null(next.End);
    }

    [Theory]
    [InlineData("The sides will meet from the summer of this year to May.")]
    [InlineData("Loans rise in 2029-FY2030.")]
    public void Recognize_EndsOfDifferentKinds_AreNoRange(string text)
    {
        Assert.All(Recognize(text, Language.En), m => Assert.True(m.Start is null || m.End is null || m.Start <= m.End));
        Assert.DoesNotContain(Recognize(text, Language.En), m => m.Text.Contains("May", StringComparison.Ordinal) && m.Text.Contains("summer", StringComparison.Ordinal));
    }

    // Pieces of dates and of what is not a date, so that random paragraphs reach every grammar rule.
    static readonly Gen<string> Piece = Gen.OneOf<string>(
        "by ", "before the end of ", "within ", "in ", "from ", "to ", "between ", "and ", "the ", "end of ", "early ", "mid-",
        "April ", "May ", "28", "29", "2025", "2030", "12", "/", "-", "–", ", ", " ", "\n", "(", ")", ".", "fiscal year ", "FY",
        "summer ", "the summer of this year", "first quarter of ", "half ", "Q1", "annual", "per year", "as soon as ",
        "ngày ", "tháng ", "năm ", "nay", "tới", "đến ", "trước cuối ", "trong ", "từ ", "mùa hè ", "quý I", "6 tháng cuối năm ",
        "năm tài chính ", "sớm", "hàng năm", "mỗi năm", "2 triệu", "50.000", "年", "月", "日", "度", "末", "までに", "から", "今年の夏",
        "第1四半期", "令和", "毎年", "年間");

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Vi)]
    [InlineData(Language.Ja)]
    public void Recognize_AnyInput_ReturnsMentionsWhoseTextIsTheirSpan(Language language)
    {
        Gen.OneOf(Piece.Array[0, 60].Select(p => string.Concat(p)), Gen.String[0, 200]).Sample(text =>
        {
            foreach (var context in new[] { Known, new DateContext(null) })
            {
                foreach (var m in DateRecognizer.Recognize(text, new TextSpan(0, text.Length), language, context))
                {
                    Assert.True(m.Span.Start >= 0 && m.Span.End <= text.Length && m.Span.Length > 0, m.Span.ToString());
                    Assert.Equal(m.Span.Of(text), m.Text);
                    Assert.False(string.IsNullOrWhiteSpace(m.Reading));
                    Assert.True(m.Start is null || m.End is null || m.Start <= m.End, $"{m.Text}: {m.Start} > {m.End}");
                    Assert.Equal(m.Precision == DatePrecision.FiscalYear, m.FiscalYear is not null);
                }
            }
        }, iter: 300);
    }
}

using Concord.Text.Alignment;
using Concord.Text.Quantities;
using static Concord.Text.Tests.Alignment.SampleStatement;

namespace Concord.Text.Tests.Alignment;

public sealed class DiscrepancyTests
{
    static AlignedPair PairOf(TestDocument left, TestDocument right) =>
        Assert.Single(StatementAligner.Align(left.Build(), right.Build()).Pairs);

    static TestDocument En(string text, Action<TestDocument.ItemMentions> mentions) => new TestDocument(Language.En).Item("2", text, mentions);

    static TestDocument Vi(string text, Action<TestDocument.ItemMentions> mentions) => new TestDocument(Language.Vi).Item("2", text, mentions);

    static string[] Details(AlignedPair pair, string kind) => [.. pair.Issues.Where(i => i.Kind == kind).Select(i => i.Detail)];

    [Fact]
    public void Quantities_EqualAfterNormalisation_AreNotReported()
    {
        // 3,000 and 3.000 are both three thousand; "by 2028" and "đến năm 2028" both end in 2028.
        var pair = PairOf(Numbered(Language.En, [English[1]]), Numbered(Language.Vi, [Vietnamese[1]]));

        Assert.Empty(pair.Issues);
    }

    [Fact]
    public void Quantity_ApproximateOnOneSideOnly_IsAMismatch()
    {
        var left = Numbered(Language.En, [English[2]]);
        var right = new TestDocument(Language.Vi).Item("1", "Nhật Bản sẽ cấp 150 suất học bổng mỗi năm cho các kỹ sư Việt Nam tại cơ sở Hòa Lạc.",
            m => m.Quantity("150 suất học bổng mỗi năm", 150, unit: "suất học bổng", per: "year"));

        var pair = PairOf(left, right);

        var detail = Assert.Single(Details(pair, AlignmentIssueKinds.QuantityMismatch));
        Assert.Equal("approximately 150 scholarships per year in en 1 is 150 suất học bổng mỗi năm in vi 1 (approximately vs exactly)", detail);
    }

    [Fact]
    public void Quantity_OnOneSideOnly_HasNoCounterpart()
    {
        var left = En("The two sides agreed to train 3,000 nurses and 400 midwives by 2028 under the CARE Programme supported by JICA.",
            m => m.Quantity("3,000 nurses", 3000).Quantity("400 midwives", 400).By("by 2028", 2028));
        var right = Vi(Vietnamese[1].Text, Vietnamese[1].Mentions);

        var pair = PairOf(left, right);

        Assert.Equal(["400 midwives in en 2 has no counterpart in vi 2"], Details(pair, AlignmentIssueKinds.QuantityMismatch));
    }

    [Fact]
    public void Quantity_DifferentValues_AreShownSideBySide()
    {
        var left = En("The two sides aim at 2 million visitors per year.", m => m.Quantity("2 million visitors per year", 2_000_000, per: "year"));
        var right = Vi("Hai bên hướng tới 3 triệu lượt khách mỗi năm.", m => m.Quantity("3 triệu lượt khách mỗi năm", 3_000_000, per: "year"));

        var pair = PairOf(left, right);

        Assert.Equal(["2 million visitors per year in en 2 is 3 triệu lượt khách mỗi năm in vi 2"], Details(pair, AlignmentIssueKinds.QuantityMismatch));
    }

    [Fact]
    public void Quantity_PartOfABiggerOneOrAYearOnTheOtherSide_IsNotReported()
    {
        var left = En("Japan will lend US$3 billion for the Cần Thơ port from 2027.",
            m => m.Quantity("US$3 billion", 3_000_000_000, unit: "USD").Year("2027", 2027));
        // The other side's recognizer read only the bare "3" and took "2027" for a number.
        var right = Vi("Nhật Bản sẽ cho vay 3 tỷ USD cho cảng Cần Thơ từ năm 2027.",
            m => m.Quantity("3", 3).Quantity("2027", 2027));

        var pair = PairOf(left, right);

        Assert.Empty(Details(pair, AlignmentIssueKinds.QuantityMismatch));
        Assert.Empty(Details(pair, AlignmentIssueKinds.DateMismatch));
    }

    [Fact]
    public void Quantity_MissedByTheOtherSidesRecognizer_IsNotReported()
    {
        var left = En(English[1].Text, English[1].Mentions);
        var right = Vi(Vietnamese[1].Text, m => m.By("đến năm 2028", 2028));

        var pair = PairOf(left, right);

        Assert.Empty(pair.Issues);
    }

    [Fact]
    public void Date_DifferentYear_IsAMismatch()
    {
        var left = En(English[1].Text, English[1].Mentions);
        var right = Vi("Hai bên nhất trí đào tạo 3.000 điều dưỡng viên đến năm 2029 trong khuôn khổ Chương trình CARE do JICA hỗ trợ.",
            m => m.Quantity("3.000 điều dưỡng viên", 3000).By("đến năm 2029", 2029));

        var pair = PairOf(left, right);

        Assert.Equal(["by 2028 (until 2028-12-31) in en 2 is đến năm 2029 (until 2029-12-31) in vi 2"], Details(pair, AlignmentIssueKinds.DateMismatch));
    }

    [Fact]
    public void Date_OnOneSideOnly_HasNoCounterpart()
    {
        var left = En("The two Foreign Ministers will meet again in Kobe in the autumn of 2026.",
            m => m.Date("in the autumn of 2026", new(2026, 9, 1), new(2026, 11, 30), global::Concord.Text.Dates.DatePrecision.Season));
        var right = Vi("Hai Bộ trưởng Ngoại giao sẽ gặp lại nhau tại Kobe.", _ => { });

        var pair = PairOf(left, right);

        Assert.Equal(["in the autumn of 2026 (2026-09-01 to 2026-11-30) in en 2 has no counterpart in vi 2"], Details(pair, AlignmentIssueKinds.DateMismatch));
    }

    [Fact]
    public void Dates_WrittenDifferentlyButEqual_AreNotReported()
    {
        var pair = PairOf(Numbered(Language.En, [English[0]]), Numbered(Language.Vi, [Vietnamese[0]]));

        Assert.Empty(Details(pair, AlignmentIssueKinds.DateMismatch));
    }

    [Fact]
    public void Dates_ADeadlineAndAPeriodEndingTogether_AreNotReported()
    {
        var left = En("The review will be completed by 2026.", m => m.By("by 2026", 2026));
        var right = Vi("Việc rà soát sẽ hoàn thành trong năm 2026.", m => m.Year("trong năm 2026", 2026));

        Assert.Empty(Details(PairOf(left, right), AlignmentIssueKinds.DateMismatch));
    }

    [Fact]
    public void Dates_AMonthAndAnOpenRangeStartingWithIt_AreNotReported()
    {
        var left = En("Flights between Kobe and Huế started in May 2025.",
            m => m.Date("in May 2025", new(2025, 5, 1), new(2025, 5, 31), global::Concord.Text.Dates.DatePrecision.Month));
        var right = Vi("Đường bay Kobe - Huế khai thác từ tháng 5/2025.",
            m => m.Date("từ tháng 5/2025", new(2025, 5, 1), null, global::Concord.Text.Dates.DatePrecision.Month));

        Assert.Empty(Details(PairOf(left, right), AlignmentIssueKinds.DateMismatch));
    }

    [Fact]
    public void Date_EveryYearOnOneSide_IsThePeriodOfARateOnTheOther()
    {
        var left = En("Japan will host 120 interns per year.", m => m.Quantity("120 interns per year", 120, per: "year"));
        var right = Vi("Nhật Bản sẽ tiếp nhận 120 thực tập sinh mỗi năm.",
            m => m.Quantity("120 thực tập sinh", 120).Date("mỗi năm", null, null, global::Concord.Text.Dates.DatePrecision.Recurring));

        Assert.Empty(PairOf(left, right).Issues);
    }

    [Fact]
    public void Acronym_OnOneSideOfAPairOnly_IsAnEntityMismatch()
    {
        // JICA is in both versions, but the Vietnamese point 2 does not name it.
        var left = Numbered(Language.En, English);
        var right = Numbered(Language.Vi, [Vietnamese[0],
            new("Hai bên nhất trí đào tạo 3.000 điều dưỡng viên đến năm 2028 trong khuôn khổ Chương trình CARE.", Vietnamese[1].Mentions),
            new(Vietnamese[2].Text + " Dự án do JICA tài trợ.", Vietnamese[2].Mentions), Vietnamese[3], Vietnamese[4]]);

        var result = StatementAligner.Align(left.Build(), right.Build());

        var pair = result.Pairs.Single(p => p.Left == "2");
        Assert.Equal(["JICA in en 2 has no counterpart in vi 2"], Details(pair, AlignmentIssueKinds.EntityMismatch));
    }

    [Fact]
    public void Comparator_MoreThanVersusExactly_IsAMismatch()
    {
        var left = En("More than 600 companies joined the fair.", m => m.Quantity("More than 600 companies", 600, Comparator.Gt));
        var right = Vi("Có 600 doanh nghiệp tham gia hội chợ.", m => m.Quantity("600 doanh nghiệp", 600));

        var detail = Assert.Single(Details(PairOf(left, right), AlignmentIssueKinds.QuantityMismatch));
        Assert.EndsWith("(more than vs exactly)", detail, StringComparison.Ordinal);
    }
}

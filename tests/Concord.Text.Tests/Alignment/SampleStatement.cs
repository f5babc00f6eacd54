using Concord.Text.Dates;
using Concord.Text.Quantities;

namespace Concord.Text.Tests.Alignment;

/// <summary>A made-up statement in English, Vietnamese and Japanese: five points, each with its own
/// names, figures and dates, so that tests can drop, split, renumber and reorder them.</summary>
public static class SampleStatement
{
    public sealed record Point(string Text, Action<TestDocument.ItemMentions> Mentions);

    public static readonly Point[] English =
    [
        new("The two Foreign Ministers held talks in Đà Nẵng on 12 March 2026 and reviewed the Mekong Water Partnership.",
            m => m.Day("12 March 2026", 2026, 3, 12)),
        new("The two sides agreed to train 3,000 nurses by 2028 under the CARE Programme supported by JICA.",
            m => m.Quantity("3,000 nurses", 3000, unit: "nurses").By("by 2028", 2028)),
        new("Japan will offer approximately 150 scholarships per year to Vietnamese engineers at the Hòa Lạc campus.",
            m => m.Quantity("approximately 150 scholarships per year", 150, Comparator.Approx, "scholarships", "year")),
        new("The two sides welcomed the opening of the Cần Thơ Logistics Centre and agreed to hold the first TRADE Forum in Kobe in 2027.",
            m => m.Year("in 2027", 2027)),
        new("Both governments will complete the review of the Coastal Protection Plan before the end of 2026.",
            m => m.By("before the end of 2026", 2026)),
    ];

    public static readonly Point[] Vietnamese =
    [
        new("Hai Bộ trưởng Ngoại giao đã hội đàm tại Đà Nẵng ngày 12/3/2026 và điểm lại Quan hệ Đối tác về nước Mekong.",
            m => m.Day("ngày 12/3/2026", 2026, 3, 12)),
        new("Hai bên nhất trí đào tạo 3.000 điều dưỡng viên đến năm 2028 trong khuôn khổ Chương trình CARE do JICA hỗ trợ.",
            m => m.Quantity("3.000 điều dưỡng viên", 3000, unit: "điều dưỡng viên").By("đến năm 2028", 2028)),
        new("Nhật Bản sẽ cấp khoảng 150 suất học bổng mỗi năm cho các kỹ sư Việt Nam tại cơ sở Hòa Lạc.",
            m => m.Quantity("khoảng 150 suất học bổng mỗi năm", 150, Comparator.Approx, "suất học bổng", "year")),
        new("Hai bên hoan nghênh việc khai trương Trung tâm Logistics Cần Thơ và nhất trí tổ chức Diễn đàn TRADE lần đầu tại Kobe vào năm 2027.",
            m => m.Year("năm 2027", 2027)),
        new("Chính phủ hai nước sẽ hoàn thành việc rà soát Kế hoạch Bảo vệ Bờ biển trước cuối năm 2026.",
            m => m.By("trước cuối năm 2026", 2026)),
    ];

    public static readonly Point[] Japanese =
    [
        new("両外相はダナンで2026年3月12日に会談し、メコン水パートナーシップを確認した。",
            m => m.Day("2026年3月12日", 2026, 3, 12)),
        new("両国は、JICAが支援するCAREプログラムの下、2028年までに看護師3,000人を育成することで一致した。",
            m => m.Quantity("看護師3,000人", 3000, unit: "看護師").By("2028年までに", 2028)),
        new("日本は、ホアラック・キャンパスのベトナム人技術者に毎年約150人分の奨学金を提供する。",
            m => m.Quantity("毎年約150人分", 150, Comparator.Approx, "人分", "year")),
        new("両国はカントー物流センターの開所を歓迎し、2027年に神戸で第1回TRADEフォーラムを開催することで一致した。",
            m => m.Year("2027年", 2027)),
        new("両政府は2026年末までに沿岸保全計画の見直しを完了する。",
            m => m.By("2026年末までに", 2026)),
    ];

    /// <summary>The points as items "1".."5" (or with the given paths).</summary>
    public static TestDocument Numbered(Language language, Point[] points, params string[] paths)
    {
        var doc = new TestDocument(language);
        for (int k = 0; k < points.Length; k++)
            doc.Item(paths.Length > k ? paths[k] : (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), points[k].Text, points[k].Mentions);
        return doc;
    }
}

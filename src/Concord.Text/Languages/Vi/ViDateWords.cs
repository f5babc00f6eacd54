using Concord.Text.Dates;

namespace Concord.Text.Languages.Vi;

/// <summary>Vietnamese words of dates: "ngày 28 tháng 4 năm 2025", "tháng 12/2023", "quý I/2026",
/// "mùa hè năm nay", "cuối năm 2025", "năm tài chính 2026", "đến năm 2030", "sớm nhất có thể", "hàng năm".</summary>
internal static class ViDateWords
{
    public const string DayWord = "ngày";
    public const string MonthWord = "tháng";
    public const string YearWord = "năm";
    public const string QuarterWord = "quý";

    /// <summary>Words after "năm" that make it relative to the statement's year: "năm nay", "năm tới".</summary>
    public static readonly (string, int)[] RelativeYears =
    [
        ("nay", 0), ("hiện tại", 0), ("sau", 1), ("tới", 1), ("kế tiếp", 1), ("tiếp theo", 1), ("ngoái", -1), ("trước", -1), ("vừa qua", -1),
    ];

    /// <summary>Words before "năm sau", "năm tới" that make them a count of years ("hai năm sau", "những năm tới").</summary>
    public static readonly string[] Counts =
    [
        "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "vài", "mấy", "những", "các", "nhiều", "mỗi", "hàng", "hằng",
    ];

    /// <summary>1 spring, 2 summer, 3 autumn, 4 winter (northern hemisphere).</summary>
    public static readonly (string, int)[] Seasons =
    [
        ("mùa xuân", 1), ("mùa hè", 2), ("mùa hạ", 2), ("mùa thu", 3), ("mùa đông", 4),
    ];

    public static readonly (string, int)[] RomanNumerals = [("I", 1), ("II", 2), ("III", 3), ("IV", 4)];

    /// <summary>Halves of a year, each followed by the year or a relative word: "6 tháng cuối năm 2025".</summary>
    public static readonly (string, int)[] Halves =
    [
        ("6 tháng đầu năm", 1), ("sáu tháng đầu năm", 1), ("nửa đầu năm", 1),
        ("6 tháng cuối năm", 2), ("sáu tháng cuối năm", 2), ("nửa cuối năm", 2), ("nửa sau năm", 2),
    ];

    /// <summary>"cuối năm 2025", "đầu tháng 5", "hạ tuần tháng 4".</summary>
    public static readonly (string, Edge)[] Edges =
    [
        ("đầu", Edge.Beginning), ("cuối", Edge.End), ("giữa", Edge.Middle),
        ("thượng tuần", Edge.Beginning), ("trung tuần", Edge.Middle), ("hạ tuần", Edge.End),
    ];

    public static readonly string[] FiscalYear = ["năm tài chính", "năm tài khóa", "năm tài khoá", "tài khóa", "tài khoá"];

    public static readonly (string, DatePrefix)[] Prefixes =
    [
        ("đến", DatePrefix.By), ("tới", DatePrefix.By), ("đến hết", DatePrefix.By), ("cho đến", DatePrefix.By), ("cho tới", DatePrefix.By),
        ("chậm nhất", DatePrefix.By), ("chậm nhất là", DatePrefix.By), ("chậm nhất vào", DatePrefix.By), ("chậm nhất là vào", DatePrefix.By),
        ("muộn nhất", DatePrefix.By), ("không muộn hơn", DatePrefix.By), ("trước khi kết thúc", DatePrefix.By),
        ("trước", DatePrefix.Before), ("trong", DatePrefix.In), ("trong suốt", DatePrefix.In), ("vào", DatePrefix.In),
        ("vào khoảng", DatePrefix.In), ("khoảng", DatePrefix.In), ("trong vòng", DatePrefix.Within),
        ("từ", DatePrefix.From), ("bắt đầu từ", DatePrefix.From), ("kể từ", DatePrefix.Since), ("sau", DatePrefix.After),
    ];

    /// <summary>Words that join the two ends of a range after "từ": "từ ngày 27 đến 29/4".</summary>
    public static readonly string[] RangeWords = ["đến", "tới"];

    /// <summary>Words after which a bare year is a date ("giai đoạn 2021 - 2025"); elsewhere it is taken as
    /// part of a name ("Tầm nhìn 2045", "Năm APEC 2027").</summary>
    public static readonly string[] YearIntroducers = ["giai đoạn", "nhiệm kỳ", "thời kỳ", "và", "hoặc", "của"];

    public static readonly string[] Asap =
    [
        "sớm nhất có thể", "càng sớm càng tốt", "trong thời gian sớm nhất", "sớm nhất", "sớm",
    ];

    public static readonly string[] Recurring =
    [
        "hàng năm", "hằng năm", "thường niên", "mỗi năm", "định kỳ", "thường kỳ", "hai năm một lần",
    ];

    /// <summary>Recurring words that are a quantity's rate when a number stands close to them ("2 triệu lượt khách mỗi năm").</summary>
    public static readonly string[] Rates = ["hàng năm", "hằng năm", "mỗi năm"];

    /// <summary>Number words: a rate's number may be written in words ("two million visits annually").</summary>
    public static readonly string[] NumberWords = ["trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ"];
}

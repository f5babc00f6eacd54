using Concord.Text.Dates;

namespace Concord.Text.Languages.Ja;

/// <summary>Japanese words of dates: "2025年4月28日", "2023年12月", "2026年度", "今年の夏", "2030年までに",
/// "できる限り早期に", "毎年". Phrases are matched character by character.</summary>
internal static class JaDateWords
{
    public const string Year = "年";
    public const string Month = "月";
    public const string Day = "日";
    /// <summary>After 年: "2026年度" is a fiscal year.</summary>
    public const string Fiscal = "度";
    /// <summary>"今年の夏": the particle between a year and a part of it.</summary>
    public const string Of = "の";

    /// <summary>Era names and the year before their first: 令和7年 is 2025.</summary>
    public static readonly (string, int)[] Eras = [("令和", 2018), ("平成", 1988)];

    public static readonly (string, int)[] RelativeYears =
    [
        ("今年", 0), ("本年", 0), ("当年", 0), ("来年", 1), ("翌年", 1), ("昨年", -1), ("去年", -1), ("前年", -1),
    ];

    public static readonly (string, int)[] RelativeFiscalYears =
    [
        ("今年度", 0), ("本年度", 0), ("当年度", 0), ("来年度", 1), ("翌年度", 1), ("昨年度", -1), ("前年度", -1),
    ];

    /// <summary>1 spring, 2 summer, 3 autumn, 4 winter (northern hemisphere).</summary>
    public static readonly (string, int)[] Seasons = [("春", 1), ("夏", 2), ("秋", 3), ("冬", 4)];

    /// <summary>"今夏" this summer, "来春" next spring: (offset from the statement's year, season).</summary>
    public static readonly (string, (int, int))[] RelativeSeasons =
    [
        ("今春", (0, 1)), ("今夏", (0, 2)), ("今秋", (0, 3)), ("今冬", (0, 4)),
        ("来春", (1, 1)), ("来夏", (1, 2)), ("来秋", (1, 3)), ("来冬", (1, 4)),
        ("昨春", (-1, 1)), ("昨夏", (-1, 2)), ("昨秋", (-1, 3)), ("昨冬", (-1, 4)),
    ];

    /// <summary>What may follow a season standing alone ("夏に"): elsewhere 夏 is part of a word ("夏休み").</summary>
    public static readonly string[] SeasonFollowers = ["に", "は", "の", "を", "から", "まで", "頃", "ごろ", "以降", "中", "、", "。", "も"];

    public static readonly string[] QuarterMark = ["第"];
    public static readonly string[] Quarter = ["四半期"];
    public static readonly (string, int)[] KanjiDigits = [("一", 1), ("二", 2), ("三", 3), ("四", 4)];

    /// <summary>Halves of a year; 前半 and 後半 only after a year ("2025年後半").</summary>
    public static readonly (string, int)[] Halves = [("上半期", 1), ("下半期", 2), ("前半", 1), ("後半", 2)];

    public static readonly (string, Edge)[] YearEdges =
    [
        ("末", Edge.End), ("初め", Edge.Beginning), ("初頭", Edge.Beginning), ("半ば", Edge.Middle), ("中頃", Edge.Middle),
    ];

    public static readonly (string, Edge)[] MonthEdges =
    [
        ("上旬", Edge.Beginning), ("中旬", Edge.Middle), ("下旬", Edge.End), ("末", Edge.End), ("初め", Edge.Beginning),
    ];

    /// <summary>Words that are a part of the statement's year or fiscal year by themselves: "年末", "年度内".</summary>
    public static readonly (string, (bool Fiscal, Edge Edge, DatePrefix Prefix))[] StandaloneEdges =
    [
        ("年末", (false, Edge.End, DatePrefix.None)), ("年初", (false, Edge.Beginning, DatePrefix.None)),
        ("年始", (false, Edge.Beginning, DatePrefix.None)), ("年内", (false, Edge.None, DatePrefix.Within)),
        ("年度末", (true, Edge.End, DatePrefix.None)), ("年度初め", (true, Edge.Beginning, DatePrefix.None)),
        ("年度内", (true, Edge.None, DatePrefix.Within)),
    ];

    /// <summary>Words after a period that tie it to the sentence, as English "by", "within", "from".</summary>
    public static readonly (string, DatePrefix)[] Suffixes =
    [
        ("までに", DatePrefix.By), ("まで", DatePrefix.By), ("中に", DatePrefix.Within), ("中", DatePrefix.Within),
        ("内に", DatePrefix.Within), ("内", DatePrefix.Within), ("から", DatePrefix.From), ("以降", DatePrefix.From),
        ("以来", DatePrefix.Since), ("以前", DatePrefix.Before), ("より前", DatePrefix.Before),
    ];

    /// <summary>"頃", "ごろ": about; kept inside the span, no change to the period.</summary>
    public static readonly string[] About = ["頃", "ごろ", "ころ"];

    /// <summary>Between the ends of a range, besides the dashes and tildes.</summary>
    public static readonly string[] RangeWords = ["から"];

    /// <summary>Names that begin with a year: "2025年日本国際博覧会" is the Expo, not a date.</summary>
    public static readonly string[] NamesAfterYear = ["日本国際博覧会", "国際博覧会", "万博"];

    public static readonly string[] Asap =
    [
        "できる限り早期に", "できるだけ早期に", "可能な限り早期に", "できる限り早期の", "できるだけ早期の", "可能な限り早期の",
        "できる限り早く", "できるだけ早く", "可能な限り早く",
        "早期に", "早期の", "速やかに", "早急に",
    ];

    public static readonly string[] Recurring = ["毎年度", "毎年", "年次", "定期的に", "定期的な", "定期的", "定例", "隔年"];

    /// <summary>Recurring words that are a quantity's rate when a number stands close to them.</summary>
    public static readonly string[] Rates = ["毎年"];

    /// <summary>Number words: a rate's number may be written in words ("two million visits annually").</summary>
    public static readonly string[] NumberWords = ["万", "億", "千", "百", "兆"];
}

using Concord.Text.Quantities;

namespace Concord.Text.Languages.Ja;

/// <summary>Japanese words of quantities: 万/億/兆 multipliers, 約/以上/超 comparators, counters taken as
/// the unit ("5万人" => 50000 人), and the suffixes of dates and ordinals (年, 月, 日, 第, 回目).</summary>
internal static class JaQuantityWords
{
    public static QuantityLanguage Table { get; } = new()
    {
        Culture = NumberCulture.DecimalPoint,
        Multipliers = new(("百", 100m), ("千", 1_000m), ("万", 10_000m), ("億", 100_000_000m), ("兆", 1_000_000_000_000m)),
        PrefixComparators = new(
            ("約", Comparator.Approx), ("およそ", Comparator.Approx), ("概ね", Comparator.Approx),
            ("最大", Comparator.Lte), ("最大で", Comparator.Lte), ("最高", Comparator.Lte),
            ("少なくとも", Comparator.Gte), ("最低", Comparator.Gte), ("最低でも", Comparator.Gte)),
        SuffixComparators = new(
            ("以上", Comparator.Gte), ("超", Comparator.Gt), ("超え", Comparator.Gt), ("余り", Comparator.Gt),
            ("あまり", Comparator.Gt), ("強", Comparator.Gt), ("以下", Comparator.Lte), ("未満", Comparator.Lt),
            ("足らず", Comparator.Lt), ("程度", Comparator.Approx), ("前後", Comparator.Approx),
            ("近く", Comparator.Approx), ("ほど", Comparator.Approx)),
        PrefixUnits = new(("us$", "USD"), ("$", "USD"), ("＄", "USD"), ("¥", "JPY"), ("￥", "JPY")),
        SuffixUnits = new(
            ("%", "%"), ("％", "%"), ("パーセント", "%"), ("円", "JPY"), ("ドル", "USD"), ("米ドル", "USD"),
            ("ドン", "VND"), ("ユーロ", "EUR"), ("usd", "USD"), ("jpy", "JPY"), ("vnd", "VND")),
        PrefixPeriods = new(("年間", "year"), ("毎年", "year"), ("月間", "month"), ("毎月", "month"), ("毎日", "day")),
        SuffixPeriods = new(
            ("/年", "year"), ("／年", "year"), ("毎年", "year"), ("/月", "month"), ("／月", "month"),
            ("/日", "day"), ("／日", "day")),
        LabelsBefore = new(
            ("第", NotQuantity.Label), ("no.", NotQuantity.Label), ("no", NotQuantity.Label), ("フェーズ", NotQuantity.Label),
            ("ステージ", NotQuantity.Label), ("令和", NotQuantity.Year), ("平成", NotQuantity.Year), ("西暦", NotQuantity.Year)),
        LabelsAfter = new(
            ("年", NotQuantity.Year), ("年度", NotQuantity.Year), ("年代", NotQuantity.Year), ("世紀", NotQuantity.Year),
            ("年間", NotQuantity.None), ("年生", NotQuantity.Label), ("月", NotQuantity.Day), ("月間", NotQuantity.None),
            ("日", NotQuantity.Day), ("日間", NotQuantity.None), ("時", NotQuantity.Day), ("時間", NotQuantity.None),
            ("号", NotQuantity.Label), ("号機", NotQuantity.Label), ("号線", NotQuantity.Label), ("回目", NotQuantity.Label),
            ("番目", NotQuantity.Label), ("番", NotQuantity.Label), ("位", NotQuantity.Label), ("期", NotQuantity.Label),
            ("次", NotQuantity.Label), ("周年", NotQuantity.Label), ("条", NotQuantity.Label), ("項", NotQuantity.Label)),
        CountedNouns = new(new[]
        {
            "人", "名", "件", "社", "団体", "か国", "カ国", "ヶ国", "ヵ国", "校", "台", "隻", "機", "基", "回", "年間",
            "か月", "カ月", "ヶ月", "ヵ月", "日間", "時間", "週間", "トン", "キロ", "km", "ヘクタール", "戸", "棟",
            "本", "個", "枚", "部", "箇所", "カ所", "か所", "プロジェクト", "事業", "案件", "人分",
        }.Select(n => (n, true)).ToArray()),
        RangeWords = new(("から", true), ("～", true), ("~", true), ("〜", true)),
        ListWords = new(("、", true), ("と", true), ("及び", true)),
    };
}

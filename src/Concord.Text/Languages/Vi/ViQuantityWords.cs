using Concord.Text.Quantities;

namespace Concord.Text.Languages.Vi;

/// <summary>Vietnamese words of quantities. "50.000" is fifty thousand and "3,5" three and a half; a
/// number word ("hai") counts only before a multiplier ("hai triệu"), since "hai nước" is "the two
/// countries". The unit is a counted noun from <see cref="CountedNouns"/>, taken as written.</summary>
internal static class ViQuantityWords
{
    static readonly string[] CountedNouns =
    [
        "người", "người dân", "người lao động", "lao động", "tình nguyện viên", "thực tập sinh", "du học sinh", "sinh viên", "học sinh", "học viên",
        "nghiên cứu sinh", "tiến sĩ", "thạc sĩ", "chuyên gia", "kỹ sư", "cán bộ", "nhà khoa học", "nhà báo",
        "phóng viên", "nhà đầu tư", "đại biểu", "thành viên", "doanh nghiệp", "công ty", "dự án", "chương trình",
        "hiệp định", "thỏa thuận", "văn kiện", "văn bản", "hợp đồng", "học bổng", "suất học bổng",
        "lượt khách", "lượt du khách", "lượt người", "lượt", "khách", "du khách", "khách du lịch", "năm", "tháng",
        "ngày", "tuần", "giờ", "km", "ha", "tấn", "kg", "MW", "GW", "kWh", "MWh", "GWh", "gigawatt", "megawatt", "kilowatt", "xã", "tỉnh", "thành phố", "địa phương",
        "nước", "quốc gia", "trường", "bệnh viện", "cơ sở", "tàu", "xe", "máy bay", "vệ tinh", "cuộc họp",
        "lần", "hãng", "cơ quan", "tổ chức", "đơn vị", "sản phẩm", "container", "nhà máy", "khu công nghiệp",
    ];

    static readonly (string, NotQuantity)[] LabelWords =
    [
        ("ngày", NotQuantity.Day), ("tháng", NotQuantity.Day), ("quý", NotQuantity.Day), ("tuần", NotQuantity.Day),
        ("năm", NotQuantity.Year), ("năm tài chính", NotQuantity.Year), ("thứ", NotQuantity.Label),
        ("lần", NotQuantity.Label), ("số", NotQuantity.Label), ("điểm", NotQuantity.Label), ("khoản", NotQuantity.Label),
        ("mục", NotQuantity.Label), ("điều", NotQuantity.Label), ("chương", NotQuantity.Label), ("phần", NotQuantity.Label),
        ("phụ lục", NotQuantity.Label), ("giai đoạn", NotQuantity.Label), ("cơ sở", NotQuantity.Label),
        ("tuyến", NotQuantity.Label), ("khóa", NotQuantity.Label), ("kỳ", NotQuantity.Label), ("đợt", NotQuantity.Label),
        ("phiên", NotQuantity.Label), ("vòng", NotQuantity.Label), ("trong vòng", NotQuantity.None),
        ("lô", NotQuantity.Label), ("hạng", NotQuantity.Label), ("tổ máy", NotQuantity.Label), ("nghị quyết", NotQuantity.Label),
        ("nghị định", NotQuantity.Label), ("quyết định", NotQuantity.Label), ("thông tư", NotQuantity.Label),
        ("no.", NotQuantity.Label), ("no", NotQuantity.Label), ("phase", NotQuantity.Label), ("#", NotQuantity.Label),
    ];

    public static QuantityLanguage Table { get; } = new()
    {
        Culture = NumberCulture.DecimalComma,
        NumberWords = new(
            ("một", 1m), ("hai", 2m), ("ba", 3m), ("bốn", 4m), ("năm", 5m), ("sáu", 6m), ("bảy", 7m), ("bẩy", 7m),
            ("tám", 8m), ("chín", 9m), ("mười", 10m)),
        NumberWordsStandAlone = false,
        Multipliers = new(
            ("trăm", 100m), ("nghìn", 1_000m), ("ngàn", 1_000m), ("triệu", 1_000_000m), ("tỷ", 1_000_000_000m),
            ("tỉ", 1_000_000_000m)),
        PrefixComparators = new(
            ("khoảng", Comparator.Approx), ("khoảng chừng", Comparator.Approx), ("chừng", Comparator.Approx),
            ("xấp xỉ", Comparator.Approx), ("gần", Comparator.Approx), ("ước tính", Comparator.Approx),
            ("hơn", Comparator.Gt), ("trên", Comparator.Gt), ("vượt", Comparator.Gt), ("vượt quá", Comparator.Gt),
            ("ít nhất", Comparator.Gte), ("tối thiểu", Comparator.Gte), ("không dưới", Comparator.Gte),
            ("không ít hơn", Comparator.Gte),
            ("tối đa", Comparator.Lte), ("lên tới", Comparator.Lte), ("lên đến", Comparator.Lte),
            ("nhiều nhất", Comparator.Lte), ("không quá", Comparator.Lte), ("không vượt quá", Comparator.Lte),
            ("đến", Comparator.Lte), ("tới", Comparator.Lte),
            ("dưới", Comparator.Lt), ("chưa đến", Comparator.Lt), ("chưa tới", Comparator.Lt),
            ("chưa đầy", Comparator.Lt), ("ít hơn", Comparator.Lt),
            // "đến"/"tới" mean "up to" only before an amount; after a verb of direction they mean "towards".
            ("hướng tới", null), ("hướng đến", null), ("tiến tới", null), ("tiến đến", null), ("đi đến", null),
            ("đi tới", null), ("dẫn đến", null), ("dẫn tới", null), ("đưa đến", null), ("đưa tới", null),
            ("gửi đến", null), ("gửi tới", null), ("tính đến", null), ("tính tới", null), ("kéo dài đến", null)),
        SuffixComparators = new(
            ("trở lên", Comparator.Gte), ("trở xuống", Comparator.Lte), ("có lẻ", Comparator.Gt)),
        PrefixUnits = new(("us$", "USD"), ("$", "USD"), ("usd", "USD"), ("¥", "JPY"), ("€", "EUR")),
        SuffixUnits = new(
            ("%", "%"), ("phần trăm", "%"), ("usd", "USD"), ("đô la mỹ", "USD"), ("đô-la mỹ", "USD"),
            ("đô la", "USD"), ("đô-la", "USD"), ("đôla", "USD"), ("đô", "USD"), ("đô thị", null), ("đô đốc", null), ("đồng", "VND"), ("vnd", "VND"), ("vnđ", "VND"),
            ("yên nhật", "JPY"), ("yên", "JPY"), ("jpy", "JPY"), ("euro", "EUR"), ("eur", "EUR"),
            ("đồng chí", null), ("đồng nghiệp", null), ("đồng bào", null), ("đồng minh", null), ("yên tâm", null)),
        PrefixPeriods = new(("mỗi năm", "year"), ("hàng năm", "year"), ("hằng năm", "year")),
        SuffixPeriods = new(
            ("mỗi năm", "year"), ("hàng năm", "year"), ("hằng năm", "year"), ("một năm", "year"), ("/năm", "year"),
            ("mỗi tháng", "month"), ("hàng tháng", "month"), ("hằng tháng", "month"), ("một tháng", "month"),
            ("/tháng", "month"), ("mỗi tuần", "week"), ("hàng tuần", "week"), ("hằng tuần", "week"),
            ("/tuần", "week"), ("mỗi ngày", "day"), ("hàng ngày", "day"), ("hằng ngày", "day"),
            ("một ngày", "day"), ("/ngày", "day")),
        LabelsBefore = new(LabelWords),
        LabelsAfter = PhraseTable<NotQuantity>.Empty,
        CountedNouns = new(CountedNouns.Select(n => (n, true)).ToArray()),
        NamesBeforeNumbers = true,
        RangeWords = new(("đến", true), ("tới", true)),
        ListWords = new(("và", true), ("hoặc", true), ("&", true)),
    };
}

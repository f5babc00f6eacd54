namespace Concord.Text.Languages.Vi;

/// <summary>What the claim checker needs to know of Vietnamese (see <c>EnCheckWords</c>): the words that change
/// what a figure or a pledge means, and the syllables too common to link a claim to an item.</summary>
internal static class ViCheckWords
{
    public static readonly string[] Achieved =
    [
        "đạt", "đã đạt", "đạt được", "đã đạt được", "đạt mức", "vượt", "vượt qua", "vượt mốc", "lên tới", "lên đến",
        "chạm mốc",
    ];

    public static readonly string[] Target =
    [
        "mục tiêu", "chỉ tiêu", "hướng tới", "nhằm", "phấn đấu", "kế hoạch", "dự kiến", "hướng đến",
    ];

    public static readonly string[] Study =
    [
        "nghiên cứu", "xem xét", "khả năng", "tìm hiểu", "thảo luận", "cân nhắc", "đánh giá", "khảo sát", "tiềm năng",
    ];

    public static readonly string[] Decided =
    [
        "quyết định", "đã quyết định", "phê duyệt", "thông qua", "sẽ xây dựng", "sẽ triển khai", "nhất trí triển khai",
        "đã ký", "ký kết", "chốt",
    ];

    public static readonly string[] BothWays =
    [
        "giữa hai nước", "giữa hai bên", "hai chiều", "qua lại", "cả hai chiều", "giữa hai quốc gia",
    ];

    public static readonly string[] Stop =
    [
        "và", "của", "các", "những", "là", "có", "được", "đã", "sẽ", "với", "cho", "trong", "tại", "về", "này", "đó",
        "theo", "từ", "đến", "để", "một", "hai", "bên", "thủ", "tướng", "nước", "việc", "như", "cũng", "đang",
        "hợp", "tác", "nhất", "trí", "khẳng", "định", "năm", "người", "thì", "mà", "hơn", "khoảng", "trên",
    ];

    /// <summary>Units of time, folded (no marks) and singular: a duration is seldom the figure a pledge is about.</summary>
    public static readonly string[] DurationUnits = ["nam", "thang", "tuan", "ngay", "gio"];

    /// <summary>Nouns for people a figure counts; the country named right after one says whose they are
    /// ("khách du lịch Việt Nam"), where a country named elsewhere in the clause is often where they go.</summary>
    public static readonly string[] PeopleNouns =
    [
        "người", "khách", "khách du lịch", "du khách", "công dân", "lao động", "sinh viên", "học sinh", "thực tập sinh",
        "nghiên cứu sinh", "chuyên gia", "doanh nghiệp",
    ];
}

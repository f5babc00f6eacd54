using Concord.Text.Entities;

namespace Concord.Text.Languages.Vi;

/// <summary>
/// Vietnamese keywords that start a name, written with a capital: "Ủy ban hỗn hợp về ...", "Dự án ...",
/// "Bộ Quốc phòng". The name runs from the keyword to a natural boundary (see <see cref="StopWords"/>).
/// </summary>
internal static class ViEntityWords
{
    const EntityType M = EntityType.Mechanism, P = EntityType.Programme, J = EntityType.Project,
        O = EntityType.Organisation, E = EntityType.Event, L = EntityType.Place;

    public static readonly (string Phrase, EntityKeyword Keyword)[] Keywords =
    [
        .. Start(M, "Ủy ban", "Uỷ ban", "Tiểu ban", "Đối thoại", "Hội đồng", "Nhóm công tác", "Diễn đàn", "Sáng kiến",
            "Cơ chế", "Ủy ban hỗn hợp", "Uỷ ban hỗn hợp"),
        .. Role(KeywordRole.StartDescriptive, P, "Chương trình"),
        .. Role(KeywordRole.StartDescriptive, J, "Dự án", "Nhà máy"),
        .. Start(O, "Cục", "Tổng cục", "Trường Đại học", "Đại học", "Ngân hàng", "Tập đoàn", "Công ty", "Tổng công ty",
            "Cơ quan", "Tổ chức", "Hiệp hội", "Bệnh viện", "Cộng đồng", "Quỹ", "Văn phòng", "Học viện"),
        .. Role(KeywordRole.StartCapitalised, O, "Bộ", "Viện"),
        .. Start(E, "Hội nghị", "Hội nghị Thượng đỉnh", "Hội nghị cấp cao", "Triển lãm", "Liên hoan", "Lễ hội",
            "Hội chợ", "Tuần lễ", "Hội thảo", "Expo", "EXPO"),
        .. Role(KeywordRole.StartCapitalised, E, "Năm", "Ngày"),
        .. Role(KeywordRole.StartCapitalised, L, "Thành phố", "Khu công nghiệp", "Tỉnh"),
    ];

    /// <summary>Words that end a name: a new phrase starts with them. "và" ends a name too, except between two
    /// lower-case words before the name's first capital ("về khoa học và công nghệ", "phóng và vận hành") or
    /// before a capitalised word that is not a keyword ("Bộ Kế hoạch và Đầu tư").</summary>
    public static readonly string[] StopWords =
    [
        "do", "của", "đã", "sẽ", "được", "bị", "là", "nhằm", "để", "cũng", "vừa", "với", "cho", "vào", "từ", "như",
        "bao gồm", "trong đó", "trong năm", "trong thời gian", "trong khuôn khổ", "trong lĩnh vực", "trong việc",
        "hai", "các", "những", "mà", "thì", "khi", "sau", "trước", "tiếp tục", "hướng tới", "sử dụng", "có", "đang",
        "thông qua", "tới", "theo", "cùng", "giữa", "dự kiến", "chủ trì", "kèm theo", "này", "đó", "nhất trí",
        "hoan nghênh", "đánh giá", "ghi nhận", "khẳng định", "mong muốn", "tại hội đàm", "nhân dịp", "vì",
        "đồng thời", "cũng như", "nhưng", "hay", "hoặc", "đến năm", "đến", "sang", "hằng năm", "hàng năm", "định kỳ",
    ];

    /// <summary>Words of place that end a name, except a project's or a programme's, which may say where it
    /// is: "Dự án ... tại Việt Nam", but "Ngày Văn hóa Nhật Bản | tại Huế".</summary>
    public static readonly string[] PlaceWords = ["tại", "ở"];

    /// <summary>A keyword right after one of these is a common noun: "các Dự án hợp tác" is the projects.</summary>
    public static readonly string[] PluralWords = ["các", "những", "mọi"];

    /// <summary>Words that hold a stop word and go on a name: "trang thiết bị" is equipment, not the passive "bị".</summary>
    public static readonly string[] Compounds = ["trang thiết bị", "thiết bị"];

    /// <summary>Posts: "và" before one starts a new phrase ("Bộ Ngoại giao và Thứ trưởng Bộ Quốc phòng").</summary>
    public static readonly string[] Positions =
    [
        "Thứ trưởng", "Bộ trưởng", "Tổng thống", "Thủ tướng", "Chủ tịch", "Đại sứ", "Lãnh đạo", "Giám đốc",
        "Tổng Giám đốc", "Phó Chủ tịch",
    ];

    /// <summary>Two words a comma joins inside a name: "phòng, chống".</summary>
    public static readonly string[] CommaPairs = ["phòng, chống"];

    public static readonly (string Name, EntityType Type)[] KnownNames =
    [
        .. Names(O, "ASEAN", "APEC", "JBIC", "JICA", "JETRO", "NEDO", "EVN", "PVN", "UN", "WTO", "IMF", "ADB", "OECD",
            "AZEC", "G7", "G20"),
        .. Names(P, "NEXUS", "OSA"),
        .. Names(L, "Hà Nội", "Tokyo", "Osaka", "Kansai", "Kyoto", "Yokohama", "Nagoya", "Fukuoka", "Hiroshima",
            "Đà Nẵng", "Hải Phòng", "Huế", "Cần Thơ", "Quảng Ninh", "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh",
            "TP Hồ Chí Minh", "Setouchi"),
    ];

    public static readonly string[] PersonTitles =
    [
        "Thủ tướng", "Thủ tướng Chính phủ", "Phó Thủ tướng", "Chủ tịch nước", "Chủ tịch Quốc hội", "Chủ tịch",
        "Tổng Bí thư", "Tổng thống", "Phó Tổng thống", "Đại sứ", "Ông", "Bà", "Nhà vua", "Nhật hoàng",
    ];

    /// <summary>What may stand between a title and the name: "Thủ tướng Nhật Bản Ishiba Shigeru".</summary>
    public static readonly string[] TitleComplements =
    [
        "Nhật Bản", "Việt Nam", "nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Chính phủ",
    ];

    /// <summary>A form of state whose one-word name may stand between a title and a person: "Thủ tướng Vương quốc
    /// Castella Mira Olsen".</summary>
    public static readonly string[] CountryForms = ["Vương quốc", "nước Cộng hòa", "Cộng hòa", "Liên bang", "nước"];

    static IEnumerable<(string, EntityKeyword)> Start(EntityType type, params string[] words) =>
        Role(KeywordRole.Start, type, words);

    static IEnumerable<(string, EntityKeyword)> Role(KeywordRole role, EntityType type, params string[] words) =>
        words.Select(w => (w, new EntityKeyword(type, role)));

    static IEnumerable<(string, EntityType)> Names(EntityType type, params string[] names) => names.Select(n => (n, type));
}

namespace Concord.Load;

/// <summary>The vocabulary synthetic statements are written from, as pairs of the same thing in Vietnamese and
/// English, so that search in either language and without diacritics has something real to find.</summary>
static class SyntheticWords
{
    public static readonly (string Vi, string En)[] Partners =
    [
        ("Nhật Bản", "Japan"), ("Hàn Quốc", "Korea"), ("Australia", "Australia"), ("Pháp", "France"),
        ("Đức", "Germany"), ("Ấn Độ", "India"), ("Singapore", "Singapore"), ("Lào", "Laos"),
        ("Campuchia", "Cambodia"), ("Thái Lan", "Thailand"), ("Hoa Kỳ", "United States"), ("Italia", "Italy"),
    ];

    public static readonly (string Vi, string En)[] Fields =
    [
        ("năng lượng tái tạo", "renewable energy"), ("đường sắt đô thị", "urban railways"), ("y tế cơ sở", "primary health care"),
        ("giáo dục đại học", "higher education"), ("nông nghiệp công nghệ cao", "high-tech agriculture"),
        ("công nghiệp bán dẫn", "the semiconductor industry"), ("chuyển đổi số", "digital transformation"),
        ("phòng chống thiên tai", "disaster prevention"), ("du lịch bền vững", "sustainable tourism"),
        ("đào tạo lao động kỹ năng", "skilled labour training"), ("quản lý tài nguyên nước", "water resource management"),
        ("hạ tầng cảng biển", "seaport infrastructure"), ("an ninh mạng", "cyber security"), ("khí hậu", "climate action"),
    ];

    public static readonly (string Vi, string En)[] Verbs =
    [
        ("tăng cường", "strengthen"), ("mở rộng", "expand"), ("thúc đẩy", "promote"), ("duy trì", "maintain"), ("đẩy nhanh", "speed up"),
    ];

    public static readonly (string Vi, string En)[] Units =
    [
        ("kỹ sư", "engineers"), ("học bổng", "scholarships"), ("dự án", "projects"), ("chuyến bay mỗi tuần", "flights a week"),
        ("lượt khách", "visitors"), ("triệu USD", "million USD"),
    ];

    public static readonly (string Vi, string En)[] Places =
    [
        ("Hà Nội", "Hà Nội"), ("Đà Nẵng", "Đà Nẵng"), ("Huế", "Huế"), ("Cần Thơ", "Cần Thơ"), ("Hải Phòng", "Hải Phòng"),
        ("Quảng Ninh", "Quảng Ninh"), ("Thành phố Hồ Chí Minh", "Hồ Chí Minh City"), ("Đồng Tháp", "Đồng Tháp"),
    ];

    public static readonly (string Vi, string En)[] Mechanisms =
    [
        ("Ủy ban hợp tác liên Chính phủ", "Intergovernmental Cooperation Committee"), ("Đối thoại chiến lược", "Strategic Dialogue"),
        ("Nhóm công tác về thương mại", "Working Group on Trade"), ("Diễn đàn doanh nghiệp", "Business Forum"),
    ];

    public static readonly (string Vi, string En)[] Agencies =
    [
        ("Bộ Ngoại giao", "Ministry of Foreign Affairs"), ("Bộ Tài chính", "Ministry of Finance"), ("Bộ Công Thương", "Ministry of Industry and Trade"),
        ("Bộ Giáo dục và Đào tạo", "Ministry of Education and Training"), ("Bộ Y tế", "Ministry of Health"), ("Bộ Xây dựng", "Ministry of Construction"),
        ("Bộ Nông nghiệp và Môi trường", "Ministry of Agriculture and Environment"), ("Bộ Khoa học và Công nghệ", "Ministry of Science and Technology"),
    ];
}

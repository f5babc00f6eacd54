namespace Concord.Text.Languages.Vi;

/// <summary>Vietnamese words that mark the parts of a page or statement that are not its items.</summary>
static class ViOutlineWords
{
    public static readonly string[] Chrome =
    [
        "Đăng nhập", "Đăng ký", "Chia sẻ", "Chia sẻ:", "Bình luận", "Từ khóa:", "Từ khóa", "Trang chủ", "Tìm kiếm",
        "In bài", "Gửi bài", "Theo dõi", "Quảng cáo",
    ];

    public static readonly string[] TeaserMarkers =
    [
        "Tin liên quan", "Tin cùng chuyên mục", "Bài viết liên quan", "Xem thêm", "Tin khác", "Đọc thêm",
        "Tin mới nhất", "Đọc nhiều", "Tin nổi bật",
    ];

    public static readonly string[] CaptionMarkers = ["Ảnh:", "Ảnh :", "Nguồn ảnh:", "Ảnh minh họa", "Ảnh tư liệu"];

    public static readonly string[] AnnexHeadings = ["Danh mục", "Phụ lục", "Danh sách"];

    public static readonly string[] ReferenceHeadings = ["Tài liệu tham khảo", "Nguồn:"];

    /// <summary>What a statement's own title calls it: a heading-like line with one of these is the title even
    /// below a news lead ("Tuyên bố chung giữa ... về ...").</summary>
    public static readonly string[] DocumentKinds = ["Tuyên bố chung", "Tuyên bố Tầm nhìn chung", "Thông cáo chung", "Kế hoạch hành động"];
}

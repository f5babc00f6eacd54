namespace Concord.Text.Languages.Vi;

/// <summary>Vietnamese words that decide the role of a date and whose fiscal year it is.</summary>
internal static class ViDateCues
{
    /// <summary>A sentence with one of these is a pledge: a future date in it is when something is to be done.</summary>
    public static readonly string[] Pledge =
    [
        "nhất trí", "thống nhất", "đồng ý", "sẽ", "cam kết", "phấn đấu", "mục tiêu", "quyết tâm", "khẳng định", "tái khẳng định",
        "nỗ lực", "dự định", "mong muốn", "hướng tới", "cần",
    ];

    /// <summary>Just before a date, these make it the time of an event rather than a deadline.</summary>
    public static readonly string[] Scheduled = ["dự kiến", "diễn ra", "được tổ chức", "khai mạc", "theo lịch"];

    /// <summary>A date right after these names when an event happens ("Triển lãm ... trong năm 2025").</summary>
    public static readonly string[] EventNouns = ["triển lãm", "lễ hội", "sự kiện", "hội chợ", "kỷ niệm", "liên hoan", "expo"];

    /// <summary>Words that make a date a reference when the statement's date is not known.</summary>
    public static readonly string[] Past = ["đã", "vừa", "vừa qua", "trước đây"];

    /// <summary>A sentence naming one of these is about cooperation with Japan: its fiscal year is Japan's.</summary>
    public static readonly string[] Japan = ["Nhật", "ODA", "JICA", "JBIC", "yên", "Tokyo"];

    /// <summary>A sentence naming one of these (and not Japan) is about Viet Nam's state budget: calendar fiscal year.</summary>
    public static readonly string[] VietNamBudget = ["ngân sách", "ngân sách nhà nước", "Quốc hội", "dự toán"];
}

namespace Concord.Text.Languages.Ja;

/// <summary>Japanese words that decide the role of a date. A Japanese text's fiscal year is Japan's.</summary>
internal static class JaDateCues
{
    /// <summary>A sentence with one of these is a pledge: a future date in it is when something is to be done.</summary>
    public static readonly string[] Pledge = ["一致", "合意", "確認", "目指", "決定", "約束", "努め", "表明", "方針", "目標"];

    /// <summary>Near a date, these make it the time of an event rather than a deadline ("年末に開催予定").</summary>
    public static readonly string[] Scheduled = ["予定", "開催される", "行われる", "開かれる"];

    public static readonly string[] EventNouns = ["博覧会", "万博", "祭", "式典", "記念"];

    public static readonly string[] Past = ["した。", "された", "だった", "であった"];
}

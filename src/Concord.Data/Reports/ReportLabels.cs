using System.Globalization;
using Concord.Data.Register;
using Concord.Data.Tracking;

namespace Concord.Data.Reports;

/// <summary>The words of a report's documents in one language, and how it writes dates and numbers. A table with
/// one row per language: Vietnamese, then English.</summary>
public sealed record ReportLabels(
    string Language,
    CultureInfo Culture,
    string DateFormat,
    string Title,
    string Statement,
    string SignedOn,
    string Place,
    string AsOf,
    string Historical,
    string Summary,
    string Commitments,
    string Pillar,
    string Annex,
    string Done,
    string InProgress,
    string Late,
    string NotStarted,
    string Closed,
    string Stalled,
    string Overdue,
    string DueSoon,
    string Total,
    string Targets,
    string Mechanisms,
    string MechanismsLapsed,
    string Item,
    string Commitment,
    string Status,
    string Deadline,
    string DaysOverdue,
    string Lead,
    string Support,
    string LatestUpdate,
    string Reason,
    string NoUpdate,
    string Section,
    string Metric,
    string Target,
    string Baseline,
    string Latest,
    string DueDate,
    string NeededPerYear,
    string AchievedPerYear,
    string Pace,
    string Met,
    string OnTrack,
    string Behind,
    string Unknown,
    string Mechanism,
    string Cadence,
    string EveryMonths,
    string NoCadence,
    string Meetings,
    string LastMet,
    string DueBy,
    string MetInCadence,
    string Lapsed,
    string Nothing,
    string Value,
    string Heading,
    string MeasuredOn,
    string OtherName,
    string TargetValue)
{
    public static readonly ReportLabels Vi = new(
        "vi", CultureInfo.GetCultureInfo("vi-VN"), "dd/MM/yyyy",
        Title: "Báo cáo tình hình thực hiện", Statement: "Văn kiện", SignedOn: "Ngày ký", Place: "Địa điểm",
        AsOf: "Số liệu tính đến ngày", Historical: "Dựng lại từ lịch sử thay đổi của sổ theo dõi",
        Summary: "Tóm tắt", Commitments: "Cam kết", Pillar: "Điểm", Annex: "Phụ lục",
        Done: "Đã hoàn thành", InProgress: "Đang thực hiện", Late: "Chậm tiến độ và lý do", NotStarted: "Chưa bắt đầu",
        Closed: "Hủy bỏ hoặc được thay thế", Stalled: "Đình trệ", Overdue: "Quá hạn", DueSoon: "Sắp đến hạn", Total: "Tổng số",
        Targets: "Mục tiêu và tiến độ", Mechanisms: "Cơ chế hợp tác", MechanismsLapsed: "Cơ chế chưa họp đúng định kỳ",
        Item: "Mục", Commitment: "Nội dung cam kết", Status: "Trạng thái", Deadline: "Thời hạn", DaysOverdue: "Số ngày quá hạn",
        Lead: "Cơ quan chủ trì", Support: "Cơ quan phối hợp", LatestUpdate: "Cập nhật gần nhất", Reason: "Lý do",
        NoUpdate: "Chưa có báo cáo cập nhật", Section: "Nhóm",
        Metric: "Chỉ tiêu", Target: "Mục tiêu", Baseline: "Mức cơ sở", Latest: "Giá trị gần nhất", DueDate: "Hạn",
        NeededPerYear: "Tốc độ cần đạt mỗi năm", AchievedPerYear: "Tốc độ đạt được mỗi năm", Pace: "Tiến độ",
        Met: "Đã đạt", OnTrack: "Đúng tiến độ", Behind: "Chậm so với yêu cầu", Unknown: "Chưa đủ dữ liệu",
        Mechanism: "Cơ chế", Cadence: "Định kỳ", EveryMonths: "{0} tháng một lần", NoCadence: "Không quy định",
        Meetings: "Số phiên họp", LastMet: "Họp gần nhất", DueBy: "Cần họp trước", MetInCadence: "Đúng định kỳ",
        Lapsed: "Quá định kỳ", Nothing: "Không có.", Value: "Số lượng",
        Heading: "Nội dung", MeasuredOn: "Ngày đo gần nhất", OtherName: "Tên khác", TargetValue: "Giá trị mục tiêu");

    public static readonly ReportLabels En = new(
        "en", CultureInfo.GetCultureInfo("en-GB"), "d MMMM yyyy",
        Title: "Implementation report", Statement: "Statement", SignedOn: "Signed on", Place: "Place",
        AsOf: "As of", Historical: "Rebuilt from the register's history of changes",
        Summary: "Summary", Commitments: "Commitments", Pillar: "Point", Annex: "Annex",
        Done: "Completed", InProgress: "In progress", Late: "Late, and why", NotStarted: "Not started",
        Closed: "Dropped or superseded", Stalled: "Stalled", Overdue: "Overdue", DueSoon: "Due soon", Total: "Total",
        Targets: "Targets and pace", Mechanisms: "Mechanisms", MechanismsLapsed: "Mechanisms that have not met within their cadence",
        Item: "Item", Commitment: "Commitment", Status: "Status", Deadline: "Deadline", DaysOverdue: "Days overdue",
        Lead: "Lead agency", Support: "Supporting agencies", LatestUpdate: "Latest update", Reason: "Reason",
        NoUpdate: "No update reported", Section: "Section",
        Metric: "Metric", Target: "Target", Baseline: "Baseline", Latest: "Latest value", DueDate: "Due",
        NeededPerYear: "Needed per year", AchievedPerYear: "Achieved per year", Pace: "Pace",
        Met: "Met", OnTrack: "On track", Behind: "Behind", Unknown: "Not enough data",
        Mechanism: "Mechanism", Cadence: "Cadence", EveryMonths: "every {0} months", NoCadence: "None set",
        Meetings: "Meetings", LastMet: "Last met", DueBy: "Due to meet by", MetInCadence: "Within cadence",
        Lapsed: "Lapsed", Nothing: "None.", Value: "Count",
        Heading: "Heading", MeasuredOn: "Measured on", OtherName: "Other name", TargetValue: "Target value");

    /// <summary>Vietnamese for "vi", English for anything else.</summary>
    public static ReportLabels For(string language) => language == "vi" ? Vi : En;

    public string Date(DateOnly? date) => date?.ToString(DateFormat, Culture) ?? "—";

    /// <summary>Thousands grouped as the language does ("20.000" in Vietnamese), decimals only when there are some.</summary>
    public string Number(decimal? value) => value?.ToString("#,##0.##", Culture) ?? "—";

    public string StatusName(CommitmentStatus status) => Exchange.StatusNames.Label(status, Language);

    public string PaceName(PaceState state) => state switch
    {
        Tracking.PaceState.Met => Met,
        Tracking.PaceState.OnTrack => OnTrack,
        Tracking.PaceState.Behind => Behind,
        _ => Unknown,
    };

    public string SectionName(ReportSection section) => section switch
    {
        ReportSection.Done => Done,
        ReportSection.InProgress => InProgress,
        ReportSection.Late => Late,
        ReportSection.NotStarted => NotStarted,
        _ => Closed,
    };

    public string PillarName(string pillar) =>
        pillar.StartsWith('A') ? $"{Annex} {pillar[1..]}" : $"{Pillar} {pillar}";

    public string CadenceText(int? months) =>
        months is { } m and > 0 ? string.Format(Culture, EveryMonths, m) : NoCadence;
}

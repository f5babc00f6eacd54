using System.Globalization;
using System.Text;

namespace Concord.Data.Exchange;

/// <summary>The columns of the exchange sheet, in order. Import finds them by header in either language, so a
/// sheet exported in Vietnamese can be edited by someone who reads English headers and the other way round.</summary>
public static class ExchangeColumns
{
    public const string Id = "id";
    public const string Version = "version";
    public const string Item = "item";
    public const string Pillar = "pillar";
    public const string Text = "text";
    public const string Modality = "modality";
    public const string Status = "status";
    public const string PartyStatuses = "party-statuses";
    public const string DeadlineStart = "deadline-start";
    public const string DeadlineEnd = "deadline-end";
    public const string DeadlinePrecision = "deadline-precision";
    public const string DeadlineFiscalYear = "deadline-fiscal-year";
    public const string DeadlineText = "deadline-text";
    public const string DeadlineReading = "deadline-reading";
    public const string Parties = "parties";
    public const string Lead = "lead";
    public const string Support = "support";
    public const string Targets = "targets";
    public const string UpdateDate = "update-date";
    public const string UpdateText = "update-text";

    /// <summary>The prefix of the per-language text columns: "text-vi", "text-en", "text-ja".</summary>
    public const string TextIn = "text-";

    public static readonly IReadOnlyList<ExchangeColumn> Leading =
    [
        new(Id, "ID", "Mã", 8),
        new(Version, "Version", "Phiên bản", 10),
        new(Item, "Item", "Mục", 8),
        new(Pillar, "Pillar", "Trụ cột", 8),
        new(Text, "Commitment", "Cam kết", 60),
    ];

    public static readonly IReadOnlyList<ExchangeColumn> Trailing =
    [
        new(Modality, "Modality", "Loại mệnh đề", 14),
        new(Status, "Status", "Trạng thái", 16),
        new(PartyStatuses, "Party statuses", "Trạng thái từng bên", 30),
        new(DeadlineStart, "Deadline from", "Thời hạn từ", 13),
        new(DeadlineEnd, "Deadline by", "Thời hạn đến", 13),
        new(DeadlinePrecision, "Deadline precision", "Độ chính xác thời hạn", 12),
        new(DeadlineFiscalYear, "Fiscal year convention", "Quy ước năm tài chính", 10),
        new(DeadlineText, "Deadline words", "Thời hạn trong văn bản", 24),
        new(DeadlineReading, "Deadline as read", "Cách hiểu thời hạn", 24),
        new(Parties, "Parties", "Các bên", 20),
        new(Lead, "Lead agencies", "Cơ quan chủ trì", 30),
        new(Support, "Supporting agencies", "Cơ quan phối hợp", 30),
        new(Targets, "Targets", "Chỉ tiêu", 30),
        new(UpdateDate, "Latest update", "Cập nhật gần nhất", 13),
        new(UpdateText, "Latest update text", "Nội dung cập nhật gần nhất", 40),
    ];

    /// <summary>The columns import may change; the others are there to read.</summary>
    public static readonly IReadOnlySet<string> Editable = new HashSet<string>(StringComparer.Ordinal) { Status, PartyStatuses, Lead, Support };

    /// <summary>The text of a commitment as one language version says it.</summary>
    public static ExchangeColumn TextColumn(string language) =>
        new(TextIn + language, $"Text ({language})", $"Văn bản ({language})", 60);

    /// <summary>Every column of a sheet for a statement with versions in <paramref name="languages"/>.</summary>
    public static IReadOnlyList<ExchangeColumn> For(IEnumerable<string> languages) =>
        [.. Leading, .. languages.Select(TextColumn), .. Trailing];

    /// <summary>The key of a header in either language, or null for a header that is not one of ours.</summary>
    public static string? KeyOf(string header)
    {
        string h = Fold(header);
        foreach (var c in Leading.Concat(Trailing))
            if (Fold(c.En) == h || Fold(c.Vi) == h) return c.Key;
        foreach (string language in new[] { "vi", "en", "ja" })
        {
            var c = TextColumn(language);
            if (Fold(c.En) == h || Fold(c.Vi) == h) return c.Key;
        }
        return null;
    }

    static string Fold(string s) => s.Trim().Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
}

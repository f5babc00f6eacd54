using System.Globalization;
using System.Text;
using Concord.Data.Register;

namespace Concord.Data.Exchange;

/// <summary>Statuses as people write them in a sheet, in Vietnamese and English, and back.</summary>
public static class StatusNames
{
    static readonly (CommitmentStatus Status, string Code, string En, string Vi)[] Names =
    [
        (CommitmentStatus.NotStarted, "not-started", "not started", "chưa bắt đầu"),
        (CommitmentStatus.InProgress, "in-progress", "in progress", "đang thực hiện"),
        (CommitmentStatus.Completed, "completed", "completed", "hoàn thành"),
        (CommitmentStatus.Stalled, "stalled", "stalled", "đình trệ"),
        (CommitmentStatus.Dropped, "dropped", "dropped", "hủy bỏ"),
        (CommitmentStatus.Superseded, "superseded", "superseded", "được thay thế"),
    ];

    /// <summary>"not-started", "in-progress", ...: the form the JSON formats use.</summary>
    public static string Code(CommitmentStatus status) => Names.First(n => n.Status == status).Code;

    public static string Label(CommitmentStatus status, string language)
    {
        var n = Names.First(n => n.Status == status);
        return language == "vi" ? n.Vi : n.En;
    }

    /// <summary>Reads a status in any of its forms: the code, the English or Vietnamese label, the enum name; any
    /// case, "hủy bỏ" written with the old accent placement ("huỷ bỏ") too.</summary>
    public static CommitmentStatus? Parse(string text)
    {
        string t = Fold(text);
        foreach (var n in Names)
            if (t == n.Code || t == n.En || t == Fold(n.Vi) || t == Fold(n.Status.ToString()))
                return n.Status;
        return null;
    }

    public static string Expected(string language) =>
        string.Join(", ", Names.Select(n => language == "vi" ? n.Vi : n.En));

    static string Fold(string s) => s.Trim().Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture)
        .Replace("huỷ", "hủy", StringComparison.Ordinal).Replace('_', '-');
}

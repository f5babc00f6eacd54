using Concord.Data.Register;
using Concord.Data.Storage;

namespace Concord.Data.Tests.Search;

/// <summary>A small register to search: one statement between two invented countries in Vietnamese (its first
/// version), English and Japanese, with items, commitments, a progress update and its evidence.</summary>
public sealed record SearchSample(int StatementId, int RailwayCommitmentId, int VisaCommitmentId, int UpdateId, int EvidenceId)
{
    public const string Key = "aurelia-norvania-2026-03-12";

    public const string RailwayVi = "Hai bên nhất trí đẩy nhanh dự án đường sắt đô thị tại Hà Nội và hoàn thành giai đoạn một trước năm 2030.";
    public const string RailwayEn = "The two sides agreed to speed up the urban railway project in Ha Noi and to finish its first phase before 2030.";
    public const string FlightsVi = "Hai bên hoan nghênh việc mở đường bay thẳng giữa Đà Nẵng và Castellara, với 50.000 lượt khách mỗi năm.";
    public const string FlightsEn = "The two sides welcomed the new direct air route between Da Nang and Castellara, carrying 50,000 passengers a year.";
    public const string TalentJa = "両国は半導体人材の育成で協力し、二〇三〇年までに技術者を増やすことで一致した。";
    public const string ExchangesVi = "Hai bên ghi nhận tiến triển của hợp tác lao động, du lịch và giáo dục, và sẽ xem xét đơn giản hóa thủ tục thị thực cho sinh viên của hai nước trong thời gian tới.";
    public const string RailwayCommitment = "đẩy nhanh dự án đường sắt đô thị tại Hà Nội";
    public const string VisaCommitment = "mở rộng miễn thị thực cho công dân hai nước; thị thực điện tử được cấp trong ba ngày";
    public const string UpdateText = "Bộ Giao thông vận tải đã phê duyệt báo cáo nghiên cứu khả thi tuyến đường sắt số 2.";
    public const string EvidenceTitle = "Quyết định phê duyệt báo cáo khả thi";
    public const string EvidenceUrl = "https://example.gov.vn/van-ban/quyet-dinh-1234";

    public static async Task<SearchSample> AddAsync(RegisterStore store, string key = Key)
    {
        var statement = new Statement { Key = key, Title = "Tuyên bố chung", PartyA = "Aurelia", PartyB = "Norvania", Date = new DateOnly(2026, 3, 12) };
        var vi = Version(statement, "vi");
        await using (var db = store.Open())
        {
            db.Statements.Add(statement);
            db.Versions.Add(vi);
            await db.SaveChangesAsync();
        }
        await using (var db = store.Open())
        {
            db.Attach(statement);
            db.Attach(vi);
            var en = Version(statement, "en");
            var ja = Version(statement, "ja");
            db.Versions.AddRange(en, ja);
            db.Items.AddRange(
                Item(statement, "1", 1, (vi, RailwayVi), (en, RailwayEn)),
                Item(statement, "2", 2, (vi, FlightsVi), (en, FlightsEn)),
                Item(statement, "3", 3, (ja, TalentJa)),
                Item(statement, "4", 4, (vi, ExchangesVi)));
            await db.SaveChangesAsync();
        }
        await using (var db = store.Open())
        {
            int item1 = db.Items.Single(i => i.StatementId == statement.Id && i.Path == "1").Id;
            int item2 = db.Items.Single(i => i.StatementId == statement.Id && i.Path == "2").Id;
            var railway = new Commitment { StatementId = statement.Id, ItemId = item1, Text = RailwayCommitment };
            var visa = new Commitment { StatementId = statement.Id, ItemId = item2, Ordinal = 1, Text = VisaCommitment };
            db.Commitments.AddRange(railway, visa);
            await db.SaveChangesAsync();
            var update = new ProgressUpdate { CommitmentId = railway.Id, Date = new DateOnly(2026, 9, 1), Author = "minh", Text = UpdateText };
            update.Evidence.Add(new Evidence { Kind = EvidenceKind.OfficialAct, Title = EvidenceTitle, Url = EvidenceUrl });
            db.Updates.Add(update);
            await db.SaveChangesAsync();
            return new SearchSample(statement.Id, railway.Id, visa.Id, update.Id, update.Evidence[0].Id);
        }
    }

    /// <summary>Adds a statement of <paramref name="count"/> Vietnamese items that all name a hydropower plant
    /// (<c>thuy dien</c>), for a search that matches more texts than it ranks.</summary>
    public static async Task AddHydropowerAsync(RegisterStore store, int count, string key = "aurelia-norvania-2026-09-01")
    {
        var statement = new Statement { Key = key, Title = "Tuyên bố về năng lượng", PartyA = "Aurelia", PartyB = "Norvania", Date = new DateOnly(2026, 9, 1) };
        var vi = Version(statement, "vi");
        await using var db = store.Open();
        db.Statements.Add(statement);
        db.Versions.Add(vi);
        for (int i = 1; i <= count; i++)
        {
            string path = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            db.Items.Add(Item(statement, path, i, (vi, $"Hai bên sẽ khảo sát nhà máy thủy điện số {path} và báo cáo kết quả trong năm 2027.")));
        }
        await db.SaveChangesAsync();
    }

    static StatementVersion Version(Statement statement, string language) => new()
    {
        Statement = statement,
        Language = language,
        Source = $"statement.{language}.txt",
        Hash = new string(language[0], 64),
        Format = "text",
        Encoding = "utf-8",
        Text = "",
    };

    static Item Item(Statement statement, string path, int ordinal, params (StatementVersion Version, string Text)[] texts)
    {
        var item = new Item { Statement = statement, Path = path, Pillar = path, Kind = "item", Ordinal = ordinal };
        foreach (var (version, text) in texts)
            item.Texts.Add(new ItemText { Version = version, Path = path, Text = text, SpanEnd = text.Length });
        return item;
    }
}

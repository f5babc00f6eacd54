using Concord.Data.Register;
using Concord.Data.Storage;

namespace Concord.Bench;

/// <summary>Fills a register with invented statements: each in Vietnamese and English, with items and one
/// commitment per item, their sentences drawn from a small vocabulary so that common words hit thousands of
/// texts and rare ones a few.</summary>
public static class SyntheticRegister
{
    static readonly string[] ViSubjects = ["Hai bên", "Hai Thủ tướng", "Bộ Giao thông vận tải", "Bộ Công Thương", "Bộ Kế hoạch và Đầu tư", "Ngân hàng Nhà nước"];
    static readonly string[] ViVerbs = ["nhất trí thúc đẩy", "sẽ tăng cường", "cam kết hoàn thành", "khẳng định sẽ triển khai", "nhất trí mở rộng", "sẽ nghiên cứu"];
    static readonly string[] ViObjects =
    [
        "dự án đường sắt đô thị", "hợp tác bán dẫn", "đào tạo nhân lực chất lượng cao", "năng lượng tái tạo", "cảng biển nước sâu",
        "chuyển đổi số", "thủ tục thị thực điện tử", "đường cao tốc Bắc Nam", "hợp tác lao động", "nông nghiệp công nghệ cao",
        "ứng phó biến đổi khí hậu", "giao lưu nhân dân",
    ];
    static readonly string[] ViPlaces = ["tại Hà Nội", "tại Đà Nẵng", "tại Thành phố Hồ Chí Minh", "tại Hải Phòng", "tại Cần Thơ", "ở các tỉnh miền Trung"];
    static readonly string[] ViTimes = ["trước năm 2030", "trong năm tài chính 2026", "vào cuối năm nay", "trong giai đoạn 2026-2030", "sớm nhất có thể"];

    static readonly string[] EnSubjects = ["The two sides", "The two Prime Ministers", "The Ministry of Transport", "The Ministry of Industry and Trade", "The central bank"];
    static readonly string[] EnVerbs = ["agreed to promote", "will strengthen", "committed to completing", "affirmed they will implement", "agreed to expand", "will study"];
    static readonly string[] EnObjects =
    [
        "the urban railway project", "semiconductor cooperation", "training of skilled workers", "renewable energy", "a deep-water seaport",
        "digital transformation", "electronic visa procedures", "the north-south expressway", "labour cooperation", "high-tech agriculture",
        "the response to climate change", "people-to-people exchanges",
    ];
    static readonly string[] EnPlaces = ["in Ha Noi", "in Da Nang", "in Ho Chi Minh City", "in Hai Phong", "in Can Tho", "in the central provinces"];
    static readonly string[] EnTimes = ["before 2030", "within fiscal year 2026", "by the end of this year", "in 2026-2030", "as soon as possible"];

    public static async Task FillAsync(RegisterStore store, int statements, int itemsPerStatement, int seed = 42)
    {
        var random = new Random(seed);
        for (int s = 0; s < statements; s++)
        {
            var statement = new Statement
            {
                Key = $"synthetic-{s:D4}",
                Title = $"Tuyên bố chung số {s}",
                PartyA = "Aurelia",
                PartyB = "Norvania",
                Date = new DateOnly(2020, 1, 1).AddDays(s),
            };
            var vi = Version(statement, "vi");
            var en = Version(statement, "en");
            var items = new List<Item>();
            var commitments = new List<string>();
            for (int i = 1; i <= itemsPerStatement; i++)
            {
                int[] pick = [random.Next(ViSubjects.Length), random.Next(ViVerbs.Length), random.Next(ViObjects.Length), random.Next(ViPlaces.Length), random.Next(ViTimes.Length)];
                string viText = $"{ViSubjects[pick[0]]} {ViVerbs[pick[1]]} {ViObjects[pick[2]]} {ViPlaces[pick[3]]} {ViTimes[pick[4]]}.";
                string enText = $"{EnSubjects[pick[0] % EnSubjects.Length]} {EnVerbs[pick[1]]} {EnObjects[pick[2]]} {EnPlaces[pick[3]]} {EnTimes[pick[4]]}.";
                string path = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var item = new Item { Statement = statement, Path = path, Pillar = path, Kind = "item", Ordinal = i };
                item.Texts.Add(new ItemText { Version = vi, Path = path, Text = viText, SpanEnd = viText.Length });
                item.Texts.Add(new ItemText { Version = en, Path = path, Text = enText, SpanEnd = enText.Length, AlignScore = 0.9 });
                items.Add(item);
                commitments.Add($"{ViVerbs[pick[1]]} {ViObjects[pick[2]]} {ViPlaces[pick[3]]}");
            }
            await using var db = store.Open();
            db.Actor = "bench";
            db.Statements.Add(statement);
            db.Versions.AddRange(vi, en);
            db.Items.AddRange(items);
            await db.SaveChangesAsync();
            for (int i = 0; i < items.Count; i++)
                db.Commitments.Add(new Commitment { StatementId = statement.Id, ItemId = items[i].Id, Text = commitments[i] });
            await db.SaveChangesAsync();
        }
    }

    static StatementVersion Version(Statement statement, string language) => new()
    {
        Statement = statement,
        Language = language,
        Source = $"{statement.Key}.{language}.txt",
        Hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(statement.Key + language))),
        Format = "text",
        Encoding = "utf-8",
        Text = "",
    };
}

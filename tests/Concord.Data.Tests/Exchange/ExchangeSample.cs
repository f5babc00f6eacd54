using Concord.Data.Register;
using Concord.Data.Storage;

namespace Concord.Data.Tests.Exchange;

/// <summary>A small statement written straight into a register: two versions (Vietnamese, English), two items, three
/// commitments with deadlines, parties, agencies, a target with a measurement, an update, a mechanism and an event.</summary>
public sealed record ExchangeSample(int StatementId, int[] CommitmentIds, int MofaVn, int MofaJp, int Mpi)
{
    public const string Key = "aurelia-norvania-2026-03-12";

    public static async Task<ExchangeSample> ArrangeAsync(RegisterStore store)
    {
        await using var db = store.Open();
        db.Actor = "arrange";
        var now = db.Now;
        var mofaVn = new Agency { NameVi = "Bộ Ngoại giao", NameEn = "Ministry of Foreign Affairs of Viet Nam", Acronym = "BNG", Country = "Việt Nam" };
        var mofaJp = new Agency { NameVi = "Bộ Ngoại giao Nhật Bản", NameEn = "Ministry of Foreign Affairs of Japan", Acronym = "MOFA", Country = "Nhật Bản" };
        var mpi = new Agency { NameVi = "Bộ Kế hoạch và Đầu tư", NameEn = "Ministry of Planning and Investment", Acronym = "MPI", Country = "Việt Nam" };
        db.Agencies.AddRange(mofaVn, mofaJp, mpi);
        var statement = new Statement
        {
            Key = Key, Title = "Tuyên bố chung về Đối tác chiến lược toàn diện", PartyA = "Việt Nam", PartyB = "Nhật Bản",
            Date = new DateOnly(2026, 3, 12), Place = "Hà Nội", CreatedAt = now,
        };
        var vi = new StatementVersion { Statement = statement, Language = "vi", Source = "tuyen-bo.txt", Hash = new string('a', 64), Format = "text", Encoding = "utf-8", Text = "văn bản", ImportedAt = now };
        var en = new StatementVersion { Statement = statement, Language = "en", Source = "statement.txt", Hash = new string('b', 64), Format = "text", Encoding = "utf-8", Text = "text", ImportedAt = now };
        statement.Versions.AddRange([vi, en]);
        var item1 = new Item { Statement = statement, Path = "3.1", Pillar = "3", Kind = "item", Ordinal = 1 };
        var item2 = new Item { Statement = statement, Path = "4.2", Pillar = "4", Kind = "item", Ordinal = 2 };
        item1.Texts.Add(new ItemText { Version = vi, Path = "3.1", Text = "Hai bên nhất trí đào tạo 20.000 kỹ sư bán dẫn đến năm 2030." });
        item1.Texts.Add(new ItemText { Version = en, Path = "3.1", Text = "The two sides agreed to train 20,000 semiconductor engineers by 2030." });
        item2.Texts.Add(new ItemText { Version = vi, Path = "4.2", Text = "Hai bên sẽ tổ chức Đối thoại Đối tác lần thứ nhất tại Đà Nẵng trong tháng 9 năm 2026." });
        statement.Items.AddRange([item1, item2]);
        db.Statements.Add(statement);
        await db.SaveChangesAsync();

        var c1 = Commitment(statement, item1, 1, "đào tạo 20.000 kỹ sư bán dẫn đến năm 2030", new(2030, 1, 1), new(2030, 12, 31), "year", "đến năm 2030");
        c1.Sources.Add(new CommitmentSource { VersionId = vi.Id, SpanStart = 0, SpanEnd = 10, Text = "đào tạo 20.000 kỹ sư bán dẫn đến năm 2030" });
        c1.Sources.Add(new CommitmentSource { VersionId = en.Id, SpanStart = 0, SpanEnd = 10, Text = "train 20,000 semiconductor engineers by 2030" });
        c1.Targets.Add(new Target { Metric = "kỹ sư được đào tạo", Unit = "kỹ sư", Value = 20000m, DueDate = new DateOnly(2030, 12, 31), SourceText = "20.000 kỹ sư" });
        c1.Agencies.Add(new CommitmentAgency { Agency = mpi, Party = "Việt Nam", Role = "lead" });
        c1.Agencies.Add(new CommitmentAgency { Agency = mofaVn, Party = "Việt Nam", Role = "support" });
        var c2 = Commitment(statement, item2, 1, "tổ chức Đối thoại Đối tác lần thứ nhất tại Đà Nẵng", new(2026, 9, 1), new(2026, 9, 30), "month", "trong tháng 9 năm 2026");
        c2.Agencies.Add(new CommitmentAgency { Agency = mofaVn, Party = "Việt Nam", Role = "lead" });
        c2.Agencies.Add(new CommitmentAgency { Agency = mofaJp, Party = "Nhật Bản", Role = "lead" });
        // Written as someone might type it: a leading '=' must never reach a spreadsheet as a formula.
        var c3 = Commitment(statement, item2, 2, "=HYPERLINK(\"http://example.invalid\";\"xem\") rà soát định kỳ", null, null, null, "");
        db.Commitments.AddRange(c1, c2, c3);
        await db.SaveChangesAsync();

        var target = c1.Targets[0];
        db.Measurements.Add(new Measurement { TargetId = target.Id, Date = new DateOnly(2026, 12, 31), Value = 3500.5m, Source = "báo cáo năm", RecordedAt = now, RecordedBy = "arrange" });
        var update = new ProgressUpdate { CommitmentId = c1.Id, Date = new DateOnly(2026, 6, 1), Author = "arrange", Text = "Đã khai giảng khóa đào tạo đầu tiên tại Hà Nội.", CreatedAt = now, StatusAfter = CommitmentStatus.InProgress };
        update.Evidence.Add(new Evidence { Kind = EvidenceKind.OfficialAct, Title = "Quyết định số 12", Url = "https://example.invalid/qd-12" });
        db.Updates.Add(update);
        var mechanism = new Mechanism { Name = "Đối thoại Đối tác", OtherName = "Partnership Dialogue", CadenceMonths = 12 };
        mechanism.Meetings.Add(new Meeting { Date = new DateOnly(2025, 11, 4), Place = "Tokyo" });
        var festival = new Initiative { Kind = "event", Name = "Lễ hội Văn hóa Đà Nẵng", OtherName = "Da Nang Culture Festival", Date = new DateOnly(2026, 10, 17) };
        db.Mechanisms.Add(mechanism);
        db.Initiatives.Add(festival);
        await db.SaveChangesAsync();
        db.Mentions.Add(new Mention { ItemId = item2.Id, VersionId = vi.Id, Text = "Đối thoại Đối tác", MechanismId = mechanism.Id });
        db.Mentions.Add(new Mention { ItemId = item2.Id, VersionId = vi.Id, Text = "Lễ hội Văn hóa Đà Nẵng", InitiativeId = festival.Id });
        await db.SaveChangesAsync();
        return new ExchangeSample(statement.Id, [c1.Id, c2.Id, c3.Id], mofaVn.Id, mofaJp.Id, mpi.Id);
    }

    static Commitment Commitment(Statement s, Item item, int ordinal, string text, DateOnly? start, DateOnly? end, string? precision, string words)
    {
        var c = new Commitment
        {
            StatementId = s.Id, Item = item, Ordinal = ordinal, Text = text, DeadlineStart = start, DeadlineEnd = end,
            DeadlinePrecision = precision, DeadlineText = words, DeadlineReading = words.Length > 0 ? "deadline" : "",
        };
        c.Parties.Add(new CommitmentParty { Party = "Việt Nam" });
        c.Parties.Add(new CommitmentParty { Party = "Nhật Bản" });
        return c;
    }
}

using Concord.Data.Register;
using Concord.Data.Storage;

namespace Concord.Data.Tests.Reports;

/// <summary>A statement arranged for reports, on a clock that moves: written on 2026-01-10; on 2026-04-20 the
/// trade commitment moves to in progress with an update. On 2026-06-15 ("today" of <see cref="Clock"/> at the end)
/// point 1 has one commitment completed, one overdue with a reason, one stalled without an update; point 2 one not
/// started with a target behind its pace, one in progress due soon, one dropped, and a clause marked as not a
/// commitment. Two mechanisms: one lapsed, one that met in May.</summary>
public sealed record ReportSample(int StatementId, int Completed, int Overdue, int Stalled, int WithTarget, int DueSoon, int Dropped, int NotACommitment, int Mpi)
{
    public const string Key = "vn-jp-2025-04-28";
    public const string OverdueReason = "Việc đàm phán hiệp định còn chờ thủ tục phê chuẩn trong nước của phía Nhật Bản.";
    public static readonly DateTimeOffset Start = new(2026, 1, 10, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset UpdateDay = new(2026, 4, 20, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Today = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    public static async Task<ReportSample> ArrangeAsync(RegisterStore store, MovingClock clock)
    {
        clock.Now = Start;
        await using var db = store.Open();
        db.Actor = "arrange";
        var mpi = new Agency { NameVi = "Bộ Kế hoạch và Đầu tư", NameEn = "Ministry of Planning and Investment", Country = "Việt Nam" };
        var mot = new Agency { NameVi = "Bộ Giao thông vận tải", NameEn = "Ministry of Transport", Country = "Việt Nam" };
        var jnto = new Agency { NameVi = "Tổng cục Du lịch Nhật Bản", NameEn = "Japan National Tourism Organization", Country = "Nhật Bản" };
        db.Agencies.AddRange(mpi, mot, jnto);
        var s = new Statement
        {
            Key = Key, Title = "Tuyên bố chung về làm sâu sắc hơn quan hệ Đối tác chiến lược toàn diện", PartyA = "Việt Nam",
            PartyB = "Nhật Bản", Date = new DateOnly(2025, 4, 28), Place = "Hà Nội", CreatedAt = db.Now,
        };
        var vi = new StatementVersion { Statement = s, Language = "vi", Source = "vi.txt", Hash = new string('c', 64), Format = "text", Encoding = "utf-8", Text = "vi", ImportedAt = db.Now };
        var en = new StatementVersion { Statement = s, Language = "en", Source = "en.txt", Hash = new string('d', 64), Format = "text", Encoding = "utf-8", Text = "en", ImportedAt = db.Now };
        s.Versions.AddRange([vi, en]);
        var p1 = new Item { Statement = s, Path = "1", Pillar = "1", Kind = "section", Ordinal = 1 };
        p1.Texts.Add(new ItemText { Version = vi, Path = "1", Heading = "Hợp tác kinh tế và kết nối hạ tầng", Text = "Hợp tác kinh tế và kết nối hạ tầng" });
        p1.Texts.Add(new ItemText { Version = en, Path = "1", Heading = "Economic cooperation and infrastructure", Text = "Economic cooperation and infrastructure" });
        var i11 = new Item { Statement = s, Path = "1.1", Pillar = "1", Kind = "item", Ordinal = 2 };
        var p2 = new Item { Statement = s, Path = "2", Pillar = "2", Kind = "item", Ordinal = 3 };
        p2.Texts.Add(new ItemText { Version = vi, Path = "2", Text = "Hai bên nhất trí mở rộng giao lưu nhân dân và du lịch giữa hai nước trong thời gian tới." });
        p2.Texts.Add(new ItemText { Version = en, Path = "2", Text = "Both sides agreed to widen exchanges between their peoples and tourism in the period ahead." });
        s.Items.AddRange([p1, i11, p2]);
        db.Statements.Add(s);
        await db.SaveChangesAsync();

        var completed = Make(s, i11, 1, "hoàn thành nghiên cứu khả thi tuyến đường sắt Bắc – Nam", CommitmentStatus.Completed, new(2025, 12, 31), "trong năm 2025");
        completed.Sources.Add(new CommitmentSource { VersionId = vi.Id, Text = "hoàn thành nghiên cứu khả thi tuyến đường sắt Bắc – Nam" });
        completed.Sources.Add(new CommitmentSource { VersionId = en.Id, Text = "complete the feasibility study of the North–South railway" });
        completed.Agencies.Add(new CommitmentAgency { Agency = mot, Party = "Việt Nam" });
        completed.Updates.Add(new ProgressUpdate { Date = new(2025, 12, 20), Author = "arrange", Text = "Báo cáo nghiên cứu khả thi đã được phê duyệt.", StatusAfter = CommitmentStatus.Completed, CreatedAt = db.Now });
        var overdue = Make(s, i11, 2, "ký kết hiệp định thương mại song phương", CommitmentStatus.NotStarted, new(2026, 3, 31), "trong quý I năm 2026");
        overdue.Agencies.Add(new CommitmentAgency { Agency = mpi, Party = "Việt Nam" });
        overdue.Agencies.Add(new CommitmentAgency { Agency = mot, Party = "Việt Nam", Role = "support" });
        var stalled = Make(s, p1, 1, "thành lập quỹ đầu tư hạ tầng chung", CommitmentStatus.Stalled, null, "");
        var withTarget = Make(s, p2, 1, "đón 2 triệu lượt khách mỗi năm", CommitmentStatus.NotStarted, new(2027, 12, 31), "đến năm 2027");
        withTarget.Targets.Add(new Target
        {
            Metric = "lượt khách du lịch", Unit = "lượt khách", Value = 2_000_000m, Per = "year", Baseline = 1_000_000m,
            BaselineDate = new(2025, 1, 1), DueDate = new(2027, 12, 31), SourceText = "2 triệu lượt khách",
            Measurements = [new Measurement { Date = new(2025, 12, 31), Value = 1_250_000m, Source = "Tổng cục Thống kê", RecordedAt = db.Now }],
        });
        withTarget.Agencies.Add(new CommitmentAgency { Agency = jnto, Party = "Nhật Bản" });
        var dueSoon = Make(s, p2, 2, "khai trương văn phòng du lịch tại Đà Nẵng", CommitmentStatus.InProgress, new(2026, 7, 1), "trước tháng 7/2026");
        var dropped = Make(s, p2, 3, "tổ chức năm giao lưu thanh niên", CommitmentStatus.Dropped, new(2026, 12, 31), "năm 2026");
        var notOne = Make(s, p2, 4, "đánh giá cao kết quả hợp tác", CommitmentStatus.NotStarted, null, "");
        notOne.IsCommitment = false;
        db.Commitments.AddRange(completed, overdue, stalled, withTarget, dueSoon, dropped, notOne);
        var committee = new Mechanism { Name = "Ủy ban Hợp tác Việt Nam – Nhật Bản", OtherName = "Viet Nam–Japan Cooperation Committee", CadenceMonths = 12, Meetings = [new Meeting { Date = new(2025, 3, 1) }] };
        var dialogue = new Mechanism { Name = "Đối thoại 2+2", OtherName = "2+2 Dialogue", CadenceMonths = 12, Meetings = [new Meeting { Date = new(2026, 5, 20), Place = "Tokyo" }] };
        db.Mechanisms.AddRange(committee, dialogue);
        await db.SaveChangesAsync();
        db.Mentions.Add(new Mention { ItemId = i11.Id, VersionId = vi.Id, Text = committee.Name, MechanismId = committee.Id });
        db.Mentions.Add(new Mention { ItemId = p2.Id, VersionId = vi.Id, Text = dialogue.Name, MechanismId = dialogue.Id });
        await db.SaveChangesAsync();

        clock.Now = UpdateDay;
        await using (var later = store.Open())
        {
            later.Actor = "arrange";
            var c = await later.Commitments.FindAsync(overdue.Id);
            c!.Status = CommitmentStatus.InProgress;
            later.Updates.Add(new ProgressUpdate { CommitmentId = c.Id, Date = new(2026, 4, 15), Author = "arrange", Text = OverdueReason, StatusAfter = CommitmentStatus.InProgress, CreatedAt = later.Now });
            await later.SaveChangesAsync();
        }
        clock.Now = Today;
        return new ReportSample(s.Id, completed.Id, overdue.Id, stalled.Id, withTarget.Id, dueSoon.Id, dropped.Id, notOne.Id, mpi.Id);
    }

    static Commitment Make(Statement s, Item item, int ordinal, string text, CommitmentStatus status, DateOnly? end, string words)
    {
        var c = new Commitment
        {
            StatementId = s.Id, Item = item, Ordinal = ordinal, Text = text, Status = status, DeadlineEnd = end,
            DeadlineStart = end is { } e ? new DateOnly(e.Year, 1, 1) : null, DeadlineText = words,
        };
        c.Parties.Add(new CommitmentParty { Party = "Việt Nam", Status = status });
        return c;
    }
}

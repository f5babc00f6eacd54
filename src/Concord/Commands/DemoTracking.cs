using Concord.Data;
using Concord.Data.Register;
using Concord.Data.Storage;
using Concord.Data.Tracking;
using Microsoft.EntityFrameworkCore;

namespace Concord.Commands;

/// <summary>The tracking of the demo register, done as its users would: a coordinator assigns agencies, officers post
/// updates with evidence and measure targets, a mechanism's meetings are recorded. Each step is saved under its user's
/// name, so the history reads like real work. Dates are months after the statement, never after today.</summary>
internal static class DemoTracking
{
    const string A = "Aurelia";
    const string N = "Norvania";

    static readonly (string Acronym, string Vi, string En, string Country)[] Agencies =
    [
        ("MOFA", "Bộ Ngoại giao", "Ministry of Foreign Affairs", A),
        ("MOST", "Bộ Khoa học và Công nghệ", "Ministry of Science and Technology", A),
        ("MOET", "Bộ Giáo dục và Đào tạo", "Ministry of Education and Training", A),
        ("MOIT", "Bộ Công Thương", "Ministry of Industry and Trade", A),
        ("MOLSA", "Bộ Lao động và Xã hội", "Ministry of Labour and Social Affairs", A),
        ("ASA", "Cơ quan Vũ trụ Aurelia", "Aurelian Space Agency", A),
        ("NMFA", "Bộ Ngoại giao Norvania", "Ministry of Foreign Affairs of Norvania", N),
        ("NSRO", "Tổ chức Nghiên cứu vũ trụ Norvania", "Norvanian Space Research Organisation", N),
        ("NIA", "Cơ quan Xuất nhập cảnh Norvania", "Norvanian Immigration Agency", N),
    ];

    /// <summary>Commitments by item path and order in the item, and who leads them for which party.</summary>
    static readonly (string Path, int Ordinal, string[] Leads, string? Support)[] Assignments =
    [
        ("3.2", 0, ["MOST"], null),
        ("3.3", 0, ["MOFA", "NMFA"], null),
        ("4.5", 0, ["MOET"], "MOST"),
        ("4.7", 0, ["ASA", "NSRO"], null),
        ("4.7", 1, ["ASA", "NSRO"], null),
        ("4.8", 0, ["MOIT"], null),
        ("4.10", 0, ["MOLSA"], null),
        ("5.2", 0, ["MOLSA", "NIA"], null),
    ];

    /// <summary>Adds the agencies; returns the one the demo's agency editor works for (the space agency).</summary>
    public static async Task<int> AddAgenciesAsync(RegisterStore store, CancellationToken ct)
    {
        await using var db = store.Open();
        db.Actor = "admin";
        var added = Agencies.Select(a => new Agency { Acronym = a.Acronym, NameVi = a.Vi, NameEn = a.En, Country = a.Country }).ToList();
        db.Agencies.AddRange(added);
        await db.SaveChangesAsync(ct);
        return added.Single(a => a.Acronym == "ASA").Id;
    }

    public static async Task TrackAsync(RegisterStore store, CancellationToken ct)
    {
        await AssignAsync(store, ct);
        var (start, today) = await DatesAsync(store, ct);
        // An update reports what has happened: never a day after today.
        DateOnly Day(int daysAfterStatement) => DateOnly.FromDayNumber(Math.Min(start.AddDays(daysAfterStatement).DayNumber, today.DayNumber));
        await UpdateAsync(store, "editor", "4.7", 0, new UpdateDraft(Day(70), null, CommitmentStatus.InProgress,
            "ASA và NSRO đã hoàn tất rà soát thiết kế sơ bộ vệ tinh NORSAT-2; nhóm kỹ sư Aurelia đầu tiên bắt đầu khóa đào tạo chung.",
            [new EvidenceDraft(EvidenceKind.ImplementingDocument, "Biên bản rà soát thiết kế sơ bộ NORSAT-2", "https://example.org/asa/norsat-2/bien-ban-ra-soat-thiet-ke")]), ct);
        await UpdateAsync(store, "coordinator", "3.3", 0, new UpdateDraft(Day(180), null, CommitmentStatus.Completed,
            "Phiên Đối thoại 2+2 đầu tiên giữa hai Bộ Ngoại giao và hai Bộ Quốc phòng đã họp tại Castellara.",
            [new EvidenceDraft(EvidenceKind.PartnerStatement, "Thông cáo báo chí chung về Đối thoại 2+2 lần thứ nhất", "https://example.org/mofa/thong-cao/doi-thoai-2-2-lan-thu-nhat"),
             new EvidenceDraft(EvidenceKind.Press, "Aurelia and Norvania hold their first 2+2 dialogue", "https://example.org/news/first-2-plus-2-dialogue")]), ct);
        await UpdateAsync(store, "coordinator", "4.5", 0, new UpdateDraft(Day(110), null, CommitmentStatus.InProgress,
            "Mười hai trường đại học của hai nước đã ký thỏa thuận đào tạo kỹ sư; Bộ Giáo dục và Đào tạo báo cáo số kỹ sư được đào tạo 6 tháng đầu năm.",
            [new EvidenceDraft(EvidenceKind.SelfReported, "Báo cáo 6 tháng của Bộ Giáo dục và Đào tạo", "https://example.org/moet/bao-cao-6-thang")]), ct);
        await UpdateAsync(store, "coordinator", "5.2", 0, new UpdateDraft(Day(150), N, CommitmentStatus.Stalled,
            "The draft memorandum is awaiting comments from two Norvanian ministries; no date for signing has been set.",
            []), ct);
        // Baselines as a coordinator would set them, so that the pace shows: engineers on track, trade behind.
        await MeasureAsync(store, "4.5", 0, (0m, start), Day(110), 6200m, "Báo cáo 6 tháng của Bộ Giáo dục và Đào tạo", ct);
        await MeasureAsync(store, "4.8", 0, (7_200_000_000m, new DateOnly(2025, 12, 31)), Day(200), 7_400_000_000m, "Thống kê hải quan 9 tháng", ct);
        await MeetAsync(store, "2+2", Day(180), "Castellara", "Phiên họp thứ nhất", ct);
        await MeetAsync(store, "Strategic Dialogue", new DateOnly(2025, 6, 10), "Halvik", "Phiên họp thường niên trước khi ký Tuyên bố chung", ct);
    }

    static async Task AssignAsync(RegisterStore store, CancellationToken ct)
    {
        await using var db = store.Open();
        db.Actor = "coordinator";
        var agencies = await db.Agencies.ToDictionaryAsync(a => a.Acronym!, ct);
        foreach (var (path, ordinal, leads, support) in Assignments)
        {
            if (await FindAsync(db, path, ordinal, ct) is not { } c) continue;
            foreach (var lead in leads)
                Assign(c, agencies[lead], "lead");
            if (support is not null) Assign(c, agencies[support], "support");
        }
        await db.SaveChangesAsync(ct);
    }

    static void Assign(Commitment c, Agency agency, string role)
    {
        c.Agencies.Add(new CommitmentAgency { AgencyId = agency.Id, Party = agency.Country, Role = role });
        if (!c.Parties.Any(p => p.Party == agency.Country))
            c.Parties.Add(new CommitmentParty { Party = agency.Country, Status = c.Status });
    }

    static async Task UpdateAsync(RegisterStore store, string author, string path, int ordinal, UpdateDraft draft, CancellationToken ct)
    {
        await using var db = store.Open();
        db.Actor = author;
        if (await FindAsync(db, path, ordinal, ct) is not { } c) return;
        var result = UpdateApplier.Apply(c, draft, author, db.Now);
        if (!result.Succeeded)
            throw new InvalidOperationException($"the demo's update of {path} was refused: {string.Join(" ", result.Errors.Select(e => e.English))}");
        db.Entry(c).Property(x => x.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
    }

    static async Task MeasureAsync(RegisterStore store, string path, int ordinal, (decimal Value, DateOnly Date) baseline,
        DateOnly date, decimal value, string source, CancellationToken ct)
    {
        await using var db = store.Open();
        db.Actor = "coordinator";
        if (await FindAsync(db, path, ordinal, ct) is not { } c) return;
        if (await db.Targets.Where(t => t.CommitmentId == c.Id).OrderBy(t => t.Id).FirstOrDefaultAsync(ct) is not { } target) return;
        target.Baseline = baseline.Value;
        target.BaselineDate = baseline.Date;
        db.Measurements.Add(new Measurement { TargetId = target.Id, Date = date, Value = value, Source = source, RecordedAt = db.Now, RecordedBy = "coordinator" });
        await db.SaveChangesAsync(ct);
    }

    static async Task MeetAsync(RegisterStore store, string name, DateOnly date, string place, string note, CancellationToken ct)
    {
        await using var db = store.Open();
        db.Actor = "coordinator";
        var mechanism = await db.Mechanisms.OrderBy(m => m.Id)
            .FirstOrDefaultAsync(m => m.Name.Contains(name) || (m.OtherName != null && m.OtherName.Contains(name)), ct);
        if (mechanism is null) return;
        db.Meetings.Add(new Meeting { MechanismId = mechanism.Id, Date = date, Place = place, Note = note });
        await db.SaveChangesAsync(ct);
    }

    static Task<Commitment?> FindAsync(RegisterDb db, string path, int ordinal, CancellationToken ct) =>
        db.Commitments.Include(c => c.Parties).Include(c => c.Agencies)
            .Where(c => c.Item.Path == path && c.Ordinal == ordinal).OrderBy(c => c.Id).FirstOrDefaultAsync(ct);

    static async Task<(DateOnly Statement, DateOnly Today)> DatesAsync(RegisterStore store, CancellationToken ct)
    {
        await using var db = store.Open();
        var today = Deadlines.Today(db.Clock);
        return (await db.Statements.Select(s => s.Date).FirstOrDefaultAsync(ct) ?? today, today);
    }
}

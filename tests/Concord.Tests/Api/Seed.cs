using Concord.Data;
using Concord.Data.Register;

namespace Concord.Tests.Api;

/// <summary>A small statement written straight into the register: two versions (English, Vietnamese), two items,
/// three commitments, two agencies. On the default clock (2026-06-15) the first commitment is overdue, the second
/// due soon and the third completed.</summary>
public sealed record Seed(int StatementId, string Key, int ItemId, int Overdue, int DueSoon, int Completed, int AgencyA, int AgencyN)
{
    public const string PartyA = "Aurelia";
    public const string PartyN = "Norvania";

    public static async Task<Seed> WriteAsync(RegisterDb db, string key = "aurelia-norvania-2026")
    {
        db.Actor = "seed";
        var agencyA = new Agency { NameEn = "Ministry of Ports", NameVi = "Bộ Cảng biển", Country = PartyA, Acronym = "MOP" };
        var agencyN = new Agency { NameEn = "Norvanian Skills Agency", NameVi = "Cơ quan Kỹ năng Norvania", Country = PartyN };
        db.Agencies.AddRange(agencyA, agencyN);
        var statement = new Statement { Key = key, Title = "Joint Statement of Aurelia and Norvania", PartyA = PartyA, PartyB = PartyN, Date = new DateOnly(2026, 1, 20), Place = "Castellara" };
        var en = new StatementVersion { Language = "en", Source = "en.txt", Hash = new string('a', 64), Format = "text", Encoding = "utf-8", Text = "1. Ports\n2. Skills", Statement = statement };
        var vi = new StatementVersion { Language = "vi", Source = "vi.txt", Hash = new string('b', 64), Format = "text", Encoding = "utf-8", Text = "1. Cảng biển\n2. Kỹ năng", Statement = statement, Official = true };
        var item = new Item { Path = "1", Pillar = "1", Kind = "item", Ordinal = 1, Statement = statement };
        var item2 = new Item { Path = "2", Pillar = "2", Kind = "item", Ordinal = 2, Statement = statement };
        item.Texts.Add(new ItemText { Version = en, Path = "1", Text = "The two sides agreed to set up a joint ports committee by May 2026." });
        item.Texts.Add(new ItemText { Version = vi, Path = "1", Text = "Hai bên nhất trí thành lập ủy ban cảng biển chung trước tháng 5/2026." });
        item2.Texts.Add(new ItemText { Version = en, Path = "2", Text = "Norvania will train 5,000 port engineers." });
        db.Statements.Add(statement);
        db.Items.AddRange(item, item2);
        await db.SaveChangesAsync();

        var overdue = Commitment(statement, item, 1, "set up a joint ports committee", new DateOnly(2026, 5, 31), CommitmentStatus.NotStarted, PartyA, PartyN);
        overdue.Agencies.Add(new CommitmentAgency { AgencyId = agencyA.Id, Party = PartyA, Role = "lead" });
        overdue.Sources.Add(new CommitmentSource { VersionId = vi.Id, SpanStart = 0, SpanEnd = 10, Text = "thành lập ủy ban cảng biển chung" });
        var dueSoon = Commitment(statement, item2, 1, "train 5,000 port engineers", new DateOnly(2026, 7, 1), CommitmentStatus.InProgress, PartyN);
        dueSoon.Agencies.Add(new CommitmentAgency { AgencyId = agencyN.Id, Party = PartyN, Role = "lead" });
        var completed = Commitment(statement, item2, 2, "open a consulate in Lanthorn", new DateOnly(2026, 3, 31), CommitmentStatus.Completed, PartyA);
        db.Commitments.AddRange(overdue, dueSoon, completed);
        await db.SaveChangesAsync();
        return new Seed(statement.Id, key, item.Id, overdue.Id, dueSoon.Id, completed.Id, agencyA.Id, agencyN.Id);
    }

    static Commitment Commitment(Statement s, Item item, int ordinal, string text, DateOnly end, CommitmentStatus status, params string[] parties)
    {
        var c = new Commitment
        {
            StatementId = s.Id,
            ItemId = item.Id,
            Ordinal = ordinal,
            Text = text,
            Status = status,
            DeadlineStart = new DateOnly(end.Year, 1, 1),
            DeadlineEnd = end,
            DeadlinePrecision = "month",
            DeadlineText = "by " + end.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var p in parties) c.Parties.Add(new CommitmentParty { Party = p, Status = status });
        return c;
    }
}

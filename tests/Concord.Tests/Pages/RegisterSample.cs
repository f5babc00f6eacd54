using Concord.Data;
using Concord.Data.Register;
using Concord.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Pages;

/// <summary>The <see cref="Seed"/> statement with registers that name things in its texts: the Joint Ports Committee
/// (yearly, last met 10 March 2025, so lapsed on the default clock) named in both versions of item 1, the Skills
/// Dialogue (every 24 months, met 1 February 2026, named nowhere), a programme and an agency named in item 2, a
/// project and an event.</summary>
public sealed record RegisterSample(Seed Seed, int Committee, int Dialogue, int Programme, int Project, int Event)
{
    public const string En = "1. The two sides agreed to set up a joint ports committee by May 2026. The Joint Ports Committee will meet every year in one of the two capitals.\n"
        + "2. Norvania will train 5,000 port engineers under the Port Skills Programme together with the Ministry of Ports.";
    public const string Vi = "1. Hai bên nhất trí thành lập ủy ban cảng biển chung trước tháng 5/2026. Ủy ban Cảng biển chung sẽ họp hằng năm tại một trong hai thủ đô.\n"
        + "2. Kỹ năng";

    public static async Task<RegisterSample> WriteAsync(RegisterDb db)
    {
        var seed = await Seed.WriteAsync(db);
        var versions = await db.Versions.Where(v => v.StatementId == seed.StatementId).ToListAsync();
        var en = versions.Single(v => v.Language == "en");
        var vi = versions.Single(v => v.Language == "vi");
        en.Text = En;
        vi.Text = Vi;
        var texts = await db.ItemTexts.Include(t => t.Item).Where(t => t.Item.StatementId == seed.StatementId).ToListAsync();
        Place(texts.Single(t => t.VersionId == en.Id && t.Item.Path == "1"), En, 0, En.IndexOf('\n', StringComparison.Ordinal));
        Place(texts.Single(t => t.VersionId == en.Id && t.Item.Path == "2"), En, En.IndexOf('\n', StringComparison.Ordinal) + 1, En.Length);
        Place(texts.Single(t => t.VersionId == vi.Id && t.Item.Path == "1"), Vi, 0, Vi.IndexOf('\n', StringComparison.Ordinal));
        int item2 = texts.Single(t => t.Item.Path == "2").ItemId;

        var committee = new Mechanism { Name = "Joint Ports Committee", OtherName = "Ủy ban Cảng biển chung", Acronym = "JPC", CadenceMonths = 12 };
        committee.Meetings.Add(new Meeting { Date = new DateOnly(2025, 3, 10), Place = "Castellara", Note = "First session; terms of reference adopted." });
        var dialogue = new Mechanism { Name = "Skills Dialogue", CadenceMonths = 24 };
        dialogue.Meetings.Add(new Meeting { Date = new DateOnly(2026, 2, 1), Place = "Lanthorn" });
        var programme = new Initiative { Kind = "programme", Name = "Port Skills Programme", OtherName = "Chương trình Kỹ năng Cảng biển" };
        var project = new Initiative { Kind = "project", Name = "Berth 4 Extension" };
        var forum = new Initiative { Kind = "event", Name = "Castellara Ports Forum", Date = new DateOnly(2026, 9, 20) };
        db.Mechanisms.AddRange(committee, dialogue);
        db.Initiatives.AddRange(programme, project, forum);
        await db.SaveChangesAsync();

        db.Mentions.AddRange(
            Mention(seed.ItemId, en.Id, En, "Joint Ports Committee", m => m.MechanismId = committee.Id),
            Mention(seed.ItemId, vi.Id, Vi, "Ủy ban Cảng biển chung", m => m.MechanismId = committee.Id),
            Mention(item2, en.Id, En, "Port Skills Programme", m => m.InitiativeId = programme.Id),
            Mention(item2, en.Id, En, "Ministry of Ports", m => m.AgencyId = seed.AgencyA));
        await db.SaveChangesAsync();
        return new RegisterSample(seed, committee.Id, dialogue.Id, programme.Id, project.Id, forum.Id);
    }

    static void Place(ItemText text, string version, int start, int end)
    {
        text.SpanStart = start;
        text.SpanEnd = end;
        text.Text = version[start..end];
    }

    static Mention Mention(int itemId, int versionId, string text, string words, Action<Mention> link)
    {
        int at = text.IndexOf(words, StringComparison.Ordinal);
        var mention = new Mention { ItemId = itemId, VersionId = versionId, SpanStart = at, SpanEnd = at + words.Length, Text = words };
        link(mention);
        return mention;
    }
}

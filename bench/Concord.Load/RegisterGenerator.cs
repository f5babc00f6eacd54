using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Concord.Data;
using Concord.Data.Register;
using Microsoft.EntityFrameworkCore;

namespace Concord.Load;

/// <summary>Writes synthetic statements into a register: each in Vietnamese and English, with items, one or two
/// commitments per item, deadlines, parties, agencies, targets with measurements, updates with evidence, and
/// mechanisms with meetings. Deterministic for a seed.</summary>
sealed class RegisterGenerator(RegisterDb db, int seed, int itemsPerStatement)
{
    static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    static readonly CommitmentStatus[] Statuses = Enum.GetValues<CommitmentStatus>();

    readonly Random random = new(seed);
    readonly List<Agency> agencies = [];
    readonly Dictionary<string, Mechanism> mechanisms = new(StringComparer.Ordinal);

    public async Task<int> GenerateAsync(int statements, int firstNumber, Action<int> progress)
    {
        db.Actor = "concord-load";
        await LoadSharedAsync();
        for (int n = firstNumber; n < firstNumber + statements; n++)
        {
            db.Statements.Add(NewStatement(n));
            if ((n - firstNumber + 1) % 10 == 0 || n == firstNumber + statements - 1)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                await LoadSharedAsync();
                progress(n - firstNumber + 1);
            }
        }
        return statements;
    }

    async Task LoadSharedAsync()
    {
        if (!await db.Agencies.AnyAsync())
        {
            db.Agencies.AddRange(SyntheticWords.Agencies.Select(a => new Agency { NameVi = a.Vi, NameEn = a.En, Country = "Việt Nam" }));
            await db.SaveChangesAsync();
        }
        agencies.Clear();
        agencies.AddRange(await db.Agencies.ToListAsync());
        mechanisms.Clear();
        foreach (var m in await db.Mechanisms.ToListAsync()) mechanisms[m.Name] = m;
    }

    Statement NewStatement(int n)
    {
        var partner = Pick(SyntheticWords.Partners);
        var date = new DateOnly(2015, 1, 1).AddDays(random.Next(0, 11 * 365));
        var statement = new Statement
        {
            Key = $"synthetic-{n.ToString(CultureInfo.InvariantCulture)}",
            Title = $"Tuyên bố chung Việt Nam - {partner.Vi} số {n.ToString(CultureInfo.InvariantCulture)}",
            PartyA = "Việt Nam",
            PartyB = partner.En,
            Date = date,
            Place = Pick(SyntheticWords.Places).Vi,
            CreatedAt = db.Now,
        };
        var vi = new StringBuilder();
        var en = new StringBuilder();
        var items = new List<(Item Item, int ViStart, int ViEnd, int EnStart, int EnEnd)>();
        for (int i = 1; i <= itemsPerStatement; i++)
        {
            var (viText, enText, commitments) = NewItemText(partner, date);
            string path = $"{(i - 1) / 10 + 1}.{(i - 1) % 10 + 1}";
            int viStart = vi.Length, enStart = en.Length;
            vi.Append(viText).Append("\n\n");
            en.Append(enText).Append("\n\n");
            var item = new Item { Path = path, Pillar = path[..path.IndexOf('.', StringComparison.Ordinal)], Kind = "item", Ordinal = i };
            item.Commitments.AddRange(commitments(statement, viStart, enStart));
            items.Add((item, viStart, viStart + viText.Length, enStart, enStart + enText.Length));
        }
        var viVersion = NewVersion("vi", vi.ToString(), n);
        var enVersion = NewVersion("en", en.ToString(), n);
        statement.Versions.AddRange([viVersion, enVersion]);
        foreach (var (item, viStart, viEnd, enStart, enEnd) in items)
        {
            item.Texts.Add(new ItemText { Version = viVersion, Path = item.Path, Text = viVersion.Text[viStart..viEnd], SpanStart = viStart, SpanEnd = viEnd });
            item.Texts.Add(new ItemText { Version = enVersion, Path = item.Path, Text = enVersion.Text[enStart..enEnd], SpanStart = enStart, SpanEnd = enEnd, AlignScore = 0.9 + random.NextDouble() / 10 });
            statement.Items.Add(item);
        }
        return statement;
    }

    (string Vi, string En, Func<Statement, int, int, IEnumerable<Commitment>> Commitments) NewItemText((string Vi, string En) partner, DateOnly date)
    {
        var field = Pick(SyntheticWords.Fields);
        var verb = Pick(SyntheticWords.Verbs);
        var place = Pick(SyntheticWords.Places);
        var unit = Pick(SyntheticWords.Units);
        var mechanism = Pick(SyntheticWords.Mechanisms);
        int year = date.Year + random.Next(1, 6);
        int amount = random.Next(2, 500) * 10;
        string viText = $"Hai bên nhất trí {verb.Vi} hợp tác về {field.Vi} tại {place.Vi}, hướng tới {amount.ToString("N0", Vi)} {unit.Vi} vào năm {year.ToString(CultureInfo.InvariantCulture)}, và giao {mechanism.Vi} Việt Nam - {partner.Vi} theo dõi việc thực hiện.";
        string enText = $"The two sides agreed to {verb.En} cooperation on {field.En} in {place.En}, aiming at {amount.ToString("N0", CultureInfo.InvariantCulture)} {unit.En} by {year.ToString(CultureInfo.InvariantCulture)}, and asked the Việt Nam–{partner.En} {mechanism.En} to follow its implementation.";
        return (viText, enText, (statement, viStart, enStart) => [NewCommitment(statement, viText, year, amount, unit.En, date, partner.En, mechanism.Vi + " Việt Nam - " + partner.Vi)]);
    }

    Commitment NewCommitment(Statement statement, string text, int year, int amount, string unit, DateOnly date, string partner, string mechanismName)
    {
        var status = Statuses[random.Next(Statuses.Length)];
        var commitment = new Commitment
        {
            Statement = statement,
            Text = text,
            Status = status,
            DeadlineStart = null,
            DeadlineEnd = new DateOnly(year, 12, 31),
            DeadlinePrecision = "year",
            DeadlineText = "vào năm " + year.ToString(CultureInfo.InvariantCulture),
            DeadlineReading = $"no later than 31 December {year.ToString(CultureInfo.InvariantCulture)}",
        };
        commitment.Parties.Add(new CommitmentParty { Party = "Việt Nam", Status = status });
        commitment.Parties.Add(new CommitmentParty { Party = partner, Status = Statuses[random.Next(Statuses.Length)] });
        commitment.Agencies.Add(new CommitmentAgency { Agency = Pick(agencies), Party = "Việt Nam", Role = "lead" });
        var target = new Target { Metric = unit, Unit = unit, Comparator = "gte", Value = amount, Baseline = 0, BaselineDate = date, DueDate = new DateOnly(year, 12, 31) };
        for (int m = 0, count = random.Next(0, 3); m < count; m++)
            target.Measurements.Add(new Measurement { Date = date.AddMonths(6 * (m + 1)), Value = amount * (m + 1) / 4, Source = "báo cáo của bộ", RecordedAt = db.Now });
        commitment.Targets.Add(target);
        for (int u = 0, count = random.Next(0, 3); u < count; u++)
        {
            var update = new ProgressUpdate
            {
                Date = date.AddMonths(3 * (u + 1)),
                Author = "synthetic",
                StatusAfter = status,
                Text = $"Đã tổ chức cuộc họp lần thứ {(u + 1).ToString(CultureInfo.InvariantCulture)} để rà soát tiến độ; các bên thống nhất kế hoạch cho giai đoạn tiếp theo.",
                CreatedAt = db.Now,
            };
            if (random.Next(3) == 0)
                update.Evidence.Add(new Evidence { Kind = EvidenceKind.Press, Title = "Bản tin", Url = $"https://news.example/{statement.Key}/{u.ToString(CultureInfo.InvariantCulture)}" });
            commitment.Updates.Add(update);
        }
        if (!mechanisms.ContainsKey(mechanismName))
            db.Mechanisms.Add(mechanisms[mechanismName] = new Mechanism { Name = mechanismName, CadenceMonths = 12 });
        return commitment;
    }

    StatementVersion NewVersion(string language, string text, int n) => new()
    {
        Language = language,
        Source = $"synthetic-{n.ToString(CultureInfo.InvariantCulture)}.{language}.txt",
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
        Format = "text",
        Encoding = "utf-8",
        Text = text,
        ImportedAt = db.Now,
    };

    T Pick<T>(IReadOnlyList<T> list) => list[random.Next(list.Count)];
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Concord.Data;
using Concord.Data.Register;
using Microsoft.EntityFrameworkCore;

namespace Concord.Load;

/// <summary>Writes synthetic statements into a register: each in Vietnamese and English, with items, a commitment per
/// item with its source spans, deadline, parties and lead agency, targets with measurements, updates with evidence,
/// mechanisms with their mentions in the texts, and the lead agency named and marked in both versions. Deterministic
/// for a seed. Every record goes through the register's own save, so the history (with the statement and commitment
/// of each change) and the search index are what the app would have written. Memory stays bounded: statements are
/// written in batches of about <see cref="BatchItems"/> items, one transaction each, and forgotten after.</summary>
sealed class RegisterGenerator(RegisterDb db, int seed, int itemsPerStatement)
{
    static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    static readonly CommitmentStatus[] Statuses = Enum.GetValues<CommitmentStatus>();

    readonly Random random = new(seed);
    readonly List<Agency> agencies = [];
    readonly Dictionary<string, Mechanism> mechanisms = new(StringComparer.Ordinal);
    // What can be written only once the batch's statements have their keys: sources and mentions name versions.
    readonly List<Func<IEnumerable<object>>> afterKeys = [];

    /// <summary>The first <c>ExtraItems</c> statements get one item more than the others, so that a total of items
    /// that does not divide by the number of statements is met exactly.</summary>
    public int ExtraItems { get; init; }

    public int BatchItems { get; init; } = 1000;

    /// <summary>Items written so far.</summary>
    public long Items { get; private set; }

    public async Task<int> GenerateAsync(int statements, int firstNumber, Action<int> progress)
    {
        db.Actor = "concord-load";
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await LoadSharedAsync();
        int pending = 0;
        for (int n = firstNumber; n < firstNumber + statements; n++)
        {
            int items = itemsPerStatement + (n - firstNumber < ExtraItems ? 1 : 0);
            db.Statements.Add(NewStatement(n, items));
            pending += items;
            Items += items;
            if (pending >= BatchItems || n == firstNumber + statements - 1)
            {
                await FlushAsync();
                pending = 0;
                progress(n - firstNumber + 1);
            }
        }
        return statements;
    }

    async Task FlushAsync()
    {
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.SaveChangesAsync();
            foreach (var make in afterKeys)
                foreach (var record in make()) db.Add(record);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        afterKeys.Clear();
        db.ChangeTracker.Clear();
        await LoadSharedAsync();
    }

    async Task LoadSharedAsync()
    {
        if (!await db.Agencies.AnyAsync())
        {
            db.Agencies.AddRange(SyntheticWords.Agencies.Select(a => new Agency { NameVi = a.Vi, NameEn = a.En, Country = "Việt Nam" }));
            await db.SaveChangesAsync();
        }
        agencies.Clear();
        agencies.AddRange(await db.Agencies.OrderBy(a => a.Id).ToListAsync());
        mechanisms.Clear();
        foreach (var m in await db.Mechanisms.ToListAsync()) mechanisms[m.Name] = m;
    }

    Statement NewStatement(int n, int itemCount)
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
        var items = new List<(Item Item, SyntheticItem Text, int ViStart, int EnStart)>(itemCount);
        for (int i = 1; i <= itemCount; i++)
        {
            var text = NewItemText(partner, date);
            string path = $"{((i - 1) / 10 + 1).ToString(CultureInfo.InvariantCulture)}.{((i - 1) % 10 + 1).ToString(CultureInfo.InvariantCulture)}";
            var item = new Item { Path = path, Pillar = path[..path.IndexOf('.', StringComparison.Ordinal)], Kind = "item", Ordinal = i, Statement = statement };
            items.Add((item, text, vi.Length, en.Length));
            vi.Append(text.Vi).Append("\n\n");
            en.Append(text.En).Append("\n\n");
        }
        var viVersion = NewVersion(statement, "vi", vi.ToString(), n);
        var enVersion = NewVersion(statement, "en", en.ToString(), n);
        statement.Versions.AddRange([viVersion, enVersion]);
        foreach (var (item, text, viStart, enStart) in items)
        {
            item.Texts.Add(new ItemText { Version = viVersion, Path = item.Path, Text = text.Vi, SpanStart = viStart, SpanEnd = viStart + text.Vi.Length });
            item.Texts.Add(new ItemText { Version = enVersion, Path = item.Path, Text = text.En, SpanStart = enStart, SpanEnd = enStart + text.En.Length, AlignScore = 0.9 + random.NextDouble() / 10 });
            var commitment = NewCommitment(statement, item, text, date, partner);
            item.Commitments.Add(commitment);
            statement.Items.Add(item);
            afterKeys.Add(() => AfterKeys(item, commitment, text, viVersion, viStart, enVersion, enStart));
        }
        return statement;
    }

    static IEnumerable<object> AfterKeys(Item item, Commitment commitment, SyntheticItem text, StatementVersion vi, int viStart, StatementVersion en, int enStart)
    {
        var (start, end) = text.Pledge;
        yield return new CommitmentSource { CommitmentId = commitment.Id, VersionId = vi.Id, SpanStart = viStart + start, SpanEnd = viStart + end, Text = text.Vi[start..end] };
        yield return Mark(item, vi, viStart, text.Vi, text.Mechanism.Name, m => m.MechanismId = text.Mechanism.Id);
        yield return Mark(item, vi, viStart, text.Vi, text.Agency.NameVi, m => m.AgencyId = text.Agency.Id);
        yield return Mark(item, en, enStart, text.En, text.Agency.NameEn, m => m.AgencyId = text.Agency.Id);
    }

    static Mention Mark(Item item, StatementVersion version, int offset, string text, string words, Action<Mention> link)
    {
        int at = text.IndexOf(words, StringComparison.Ordinal);
        var mention = new Mention { ItemId = item.Id, VersionId = version.Id, SpanStart = offset + at, SpanEnd = offset + at + words.Length, Text = words };
        link(mention);
        return mention;
    }

    sealed record SyntheticItem(string Vi, string En, (int Start, int End) Pledge, int Year, int Amount, string Unit, Mechanism Mechanism, Agency Agency);

    SyntheticItem NewItemText((string Vi, string En) partner, DateOnly date)
    {
        var field = Pick(SyntheticWords.Fields);
        var verb = Pick(SyntheticWords.Verbs);
        var place = Pick(SyntheticWords.Places);
        var unit = Pick(SyntheticWords.Units);
        var kind = Pick(SyntheticWords.Mechanisms);
        var agency = Pick(agencies);
        int year = date.Year + random.Next(1, 6);
        int amount = random.Next(2, 500) * 10;
        string mechanismName = kind.Vi + " Việt Nam - " + partner.Vi;
        if (!mechanisms.TryGetValue(mechanismName, out var mechanism))
            db.Mechanisms.Add(mechanisms[mechanismName] = mechanism = new Mechanism { Name = mechanismName, OtherName = $"Việt Nam–{partner.En} {kind.En}", CadenceMonths = 12 });
        string pledge = $"{verb.Vi} hợp tác về {field.Vi} tại {place.Vi}";
        string viText = $"Hai bên nhất trí {pledge}, hướng tới {amount.ToString("N0", Vi)} {unit.Vi} vào năm {year.ToString(CultureInfo.InvariantCulture)}, và giao {mechanismName} theo dõi việc thực hiện; {agency.NameVi} chủ trì.";
        string enText = $"The two sides agreed to {verb.En} cooperation on {field.En} in {place.En}, aiming at {amount.ToString("N0", CultureInfo.InvariantCulture)} {unit.En} by {year.ToString(CultureInfo.InvariantCulture)}, and asked the Việt Nam–{partner.En} {kind.En} to follow its implementation; the {agency.NameEn} leads.";
        int start = viText.IndexOf(pledge, StringComparison.Ordinal);
        return new SyntheticItem(viText, enText, (start, start + pledge.Length), year, amount, unit.En, mechanism, agency);
    }

    Commitment NewCommitment(Statement statement, Item item, SyntheticItem text, DateOnly date, (string Vi, string En) partner)
    {
        var status = Statuses[random.Next(Statuses.Length)];
        var commitment = new Commitment
        {
            Statement = statement,
            Item = item,
            Ordinal = 1,
            Text = text.Vi,
            Status = status,
            DeadlineEnd = new DateOnly(text.Year, 12, 31),
            DeadlinePrecision = "year",
            DeadlineText = "vào năm " + text.Year.ToString(CultureInfo.InvariantCulture),
            DeadlineReading = $"no later than 31 December {text.Year.ToString(CultureInfo.InvariantCulture)}",
        };
        commitment.Parties.Add(new CommitmentParty { Party = "Việt Nam", Status = status });
        commitment.Parties.Add(new CommitmentParty { Party = partner.En, Status = Statuses[random.Next(Statuses.Length)] });
        commitment.Agencies.Add(new CommitmentAgency { AgencyId = text.Agency.Id, Party = "Việt Nam", Role = "lead" });
        if (random.Next(4) == 0 && Pick(agencies) is var support && support.Id != text.Agency.Id)
            commitment.Agencies.Add(new CommitmentAgency { AgencyId = support.Id, Party = "Việt Nam", Role = "support" });
        var target = new Target { Metric = text.Unit, Unit = text.Unit, Comparator = "gte", Value = text.Amount, Baseline = 0, BaselineDate = date, DueDate = new DateOnly(text.Year, 12, 31) };
        for (int m = 0, count = random.Next(0, 3); m < count; m++)
            target.Measurements.Add(new Measurement { Date = date.AddMonths(6 * (m + 1)), Value = text.Amount * (m + 1) / 4, Source = "báo cáo của bộ", RecordedAt = db.Now });
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
        return commitment;
    }

    StatementVersion NewVersion(Statement statement, string language, string text, int n) => new()
    {
        Statement = statement,
        Language = language,
        Official = language == "vi",
        Source = $"synthetic-{n.ToString(CultureInfo.InvariantCulture)}.{language}.txt",
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
        Format = "text",
        Encoding = "utf-8",
        Text = text,
        ImportedAt = db.Now,
    };

    T Pick<T>(IReadOnlyList<T> list) => list[random.Next(list.Count)];
}

using System.Text;
using Concord.Data.Register;

namespace Concord.Data.Exchange;

/// <summary>What one row of an import asks for one commitment: the problems that reject the row, or the changes,
/// which <see cref="Apply"/> makes on the tracked commitment.</summary>
internal sealed class ImportRowPlan
{
    readonly RegisterDb db;
    readonly Commitment commitment;
    readonly ImportTableRow row;
    readonly List<Action> actions = [];

    public ImportRowPlan(RegisterDb db, Commitment commitment, ImportTableRow row, ImportColumns columns, AgencyNames agencies, string language)
    {
        this.db = db;
        this.commitment = commitment;
        this.row = row;
        if (columns.Has(ExchangeColumns.Status)) Status(columns.Header(ExchangeColumns.Status), columns.Cell(row, ExchangeColumns.Status), language);
        if (columns.Has(ExchangeColumns.PartyStatuses)) PartyStatuses(columns.Header(ExchangeColumns.PartyStatuses), columns.Cell(row, ExchangeColumns.PartyStatuses), language);
        if (columns.Has(ExchangeColumns.Lead) || columns.Has(ExchangeColumns.Support))
            Agencies(columns, agencies, language);
    }

    public List<ImportRejection> Problems { get; } = [];
    public List<ImportChange> Changes { get; } = [];

    public void Apply()
    {
        foreach (var action in actions) action();
        // Parties and agencies are records of their own; the commitment's version moves with them so that an
        // export taken before this import is stale afterwards.
        db.Entry(commitment).Property(c => c.Version).IsModified = true;
    }

    void Status(string header, string cell, string language)
    {
        if (cell.Length == 0) { Problem(new(header, "StatusEmpty", "the status is empty")); return; }
        if (StatusNames.Parse(cell) is not { } status) { Problem(NotAStatus(header, cell, language)); return; }
        if (status == commitment.Status) return;
        Changes.Add(new(row.Number, commitment.Id, header, StatusNames.Label(commitment.Status, language), StatusNames.Label(status, language)));
        actions.Add(() => commitment.Status = status);
    }

    void PartyStatuses(string header, string cell, string language)
    {
        foreach (string part in Split(cell))
        {
            int colon = part.LastIndexOf(':');
            string partyName = colon < 0 ? "" : part[..colon].Trim();
            string statusText = colon < 0 ? part : part[(colon + 1)..].Trim();
            var party = colon < 0
                ? (commitment.Parties.Count == 1 ? commitment.Parties[0] : null)
                : commitment.Parties.FirstOrDefault(p => Same(p.Party, partyName));
            if (party is null)
            {
                string parties = string.Join(", ", commitment.Parties.Select(p => p.Party));
                Problem(colon < 0
                    ? new(header, "PartyUnsaid", $"'{part}' does not say which party; write \"party: status\"", part)
                    : new(header, "NotAPartyOfCommitment", $"'{partyName}' is not a party of commitment {commitment.Id} ({parties})", partyName, commitment.Id, parties));
                continue;
            }
            if (StatusNames.Parse(statusText) is not { } status)
            {
                Problem(NotAStatus(header, statusText, language));
                continue;
            }
            if (status == party.Status) continue;
            Changes.Add(new(row.Number, commitment.Id, header, $"{party.Party}: {StatusNames.Label(party.Status, language)}", $"{party.Party}: {StatusNames.Label(status, language)}"));
            actions.Add(() => party.Status = status);
        }
    }

    void Agencies(ImportColumns columns, AgencyNames agencies, string language)
    {
        var desired = new Dictionary<int, string>();
        foreach (var a in commitment.Agencies) desired.TryAdd(a.AgencyId, a.Role);
        var named = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (string role in new[] { "lead", "support" })
        {
            string key = role == "lead" ? ExchangeColumns.Lead : ExchangeColumns.Support;
            if (!columns.Has(key)) continue;
            var ids = named[role] = [];
            foreach (string name in Split(columns.Cell(row, key)))
            {
                var (agency, problem) = agencies.Find(name);
                if (agency is null) Problem(problem! with { Field = columns.Header(key) });
                else ids.Add(agency.Id);
            }
            foreach (var id in desired.Where(d => d.Value == role && !ids.Contains(d.Key)).Select(d => d.Key).ToList())
                desired.Remove(id);
        }
        if (named.TryGetValue("lead", out var lead) && named.TryGetValue("support", out var support))
            foreach (int id in lead.Intersect(support))
                Problem(new(columns.Header(ExchangeColumns.Support), "LeadAndSupport",
                    $"'{SheetCells.AgencyName(agencies[id]!, language)}' is both a lead and a supporting agency; keep it in one column",
                    SheetCells.AgencyName(agencies[id]!, language)));
        if (Problems.Count > 0) return;
        foreach (var (role, ids) in named)
            foreach (int id in ids) desired[id] = role;

        foreach (string role in named.Keys)
        {
            string key = role == "lead" ? ExchangeColumns.Lead : ExchangeColumns.Support;
            string before = SheetCells.Agencies(commitment, role, language);
            string after = string.Join("; ", desired.Where(d => d.Value == role).Select(d => SheetCells.AgencyName(agencies[d.Key]!, language)));
            var beforeIds = commitment.Agencies.Where(a => a.Role == role).Select(a => a.AgencyId).ToHashSet();
            if (!beforeIds.SetEquals(desired.Where(d => d.Value == role).Select(d => d.Key)))
                Changes.Add(new(row.Number, commitment.Id, columns.Header(key), before, after));
        }
        actions.Add(() =>
        {
            foreach (var a in commitment.Agencies.ToList())
            {
                if (!desired.TryGetValue(a.AgencyId, out string? role)) { commitment.Agencies.Remove(a); db.CommitmentAgencies.Remove(a); }
                else if (a.Role != role) a.Role = role;
            }
            foreach (var (id, role) in desired)
                if (!commitment.Agencies.Any(a => a.AgencyId == id))
                {
                    var agency = agencies[id]!;
                    commitment.Agencies.Add(new CommitmentAgency { CommitmentId = commitment.Id, AgencyId = id, Agency = agency, Party = agency.Country, Role = role });
                }
        });
    }

    void Problem(Refusal why) => Problems.Add(new(row.Number, commitment.Id, why));

    static Refusal NotAStatus(string header, string cell, string language) =>
        new(header, "NotAStatusOfTheSheet", $"'{cell}' is not a status; write one of: {StatusNames.Expected(language)}", cell, StatusNames.Expected(language));

    static IEnumerable<string> Split(string cell) =>
        cell.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    static bool Same(string a, string b) =>
        string.Equals(a.Normalize(NormalizationForm.FormC), b.Normalize(NormalizationForm.FormC), StringComparison.OrdinalIgnoreCase);
}

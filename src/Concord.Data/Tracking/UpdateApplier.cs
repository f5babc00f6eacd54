using Concord.Data.Register;

namespace Concord.Data.Tracking;

/// <summary>Applies a progress update to a commitment whose parties are loaded: checks the draft, records the
/// update with its evidence, and moves the statuses. An update for the whole commitment sets every party's
/// status; an update for one party sets that party's, and the commitment's becomes <see cref="Combine"/> of them.</summary>
public static class UpdateApplier
{
    public const int MaxTextLength = 8000;
    public const int MaxEvidence = 20;

    public static UpdateResult Apply(Commitment commitment, UpdateDraft draft, string author, DateTime now)
    {
        var errors = Validate(commitment, draft, DateOnly.FromDateTime(now));
        if (errors.Count > 0)
            return new UpdateResult(null, errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));

        var party = draft.Party is null ? null : commitment.Parties.Single(p => string.Equals(p.Party, draft.Party, StringComparison.Ordinal));
        var before = party?.Status ?? commitment.Status;
        var update = new ProgressUpdate
        {
            Party = party?.Party,
            Date = draft.Date,
            Author = author,
            StatusBefore = draft.Status is null ? null : before,
            StatusAfter = draft.Status,
            Text = draft.Text.Trim(),
            CreatedAt = now,
            Evidence = draft.Evidence.Select(e => new Evidence { Kind = e.Kind, Title = e.Title.Trim(), Url = e.Url.Trim() }).ToList(),
        };
        commitment.Updates.Add(update);
        if (draft.Status is { } status)
        {
            if (party is not null)
            {
                party.Status = status;
                commitment.Status = Combine(commitment.Parties.Select(p => p.Status));
            }
            else
            {
                commitment.Status = status;
                foreach (var p in commitment.Parties) p.Status = status;
            }
        }
        return new UpdateResult(update, new Dictionary<string, string[]>(StringComparer.Ordinal));
    }

    /// <summary>The commitment's status from its parties': theirs when they agree; in progress when any has
    /// started or finished; stalled when any is stalled; otherwise not started.</summary>
    public static CommitmentStatus Combine(IEnumerable<CommitmentStatus> statuses)
    {
        var all = statuses.Distinct().ToList();
        if (all.Count == 0) return CommitmentStatus.NotStarted;
        if (all.Count == 1) return all[0];
        if (all.Contains(CommitmentStatus.InProgress) || all.Contains(CommitmentStatus.Completed)) return CommitmentStatus.InProgress;
        return all.Contains(CommitmentStatus.Stalled) ? CommitmentStatus.Stalled : CommitmentStatus.NotStarted;
    }

    static Dictionary<string, List<string>> Validate(Commitment commitment, UpdateDraft draft, DateOnly today)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }

        if (string.IsNullOrWhiteSpace(draft.Text))
            Add("text", "Say what happened: the text of an update cannot be empty.");
        else if (draft.Text.Length > MaxTextLength)
            Add("text", $"The text is {draft.Text.Length} characters long; an update may have at most {MaxTextLength}.");
        if (draft.Date > today)
            Add("date", $"The date {draft.Date:yyyy-MM-dd} is in the future; an update reports what has happened by today ({today:yyyy-MM-dd}).");
        if (draft.Date.Year < 1945)
            Add("date", $"The date {draft.Date:yyyy-MM-dd} is too far in the past to be an update.");
        if (draft.Party is not null && !commitment.Parties.Any(p => string.Equals(p.Party, draft.Party, StringComparison.Ordinal)))
        {
            string owed = commitment.Parties.Count == 0 ? "no party is recorded as owing it"
                : "it is owed by " + string.Join(" and ", commitment.Parties.Select(p => p.Party));
            Add("party", $"'{draft.Party}' does not owe this commitment: {owed}.");
        }
        if (draft.Evidence.Count > MaxEvidence)
            Add("evidence", $"An update may cite at most {MaxEvidence} pieces of evidence, not {draft.Evidence.Count}.");
        for (int i = 0; i < draft.Evidence.Count; i++)
        {
            var e = draft.Evidence[i];
            if (string.IsNullOrWhiteSpace(e.Title))
                Add($"evidence[{i}].title", "Give the evidence a title a reader recognises.");
            else if (e.Title.Length > 500)
                Add($"evidence[{i}].title", "The title may have at most 500 characters.");
            if (!IsWebLink(e.Url))
                Add($"evidence[{i}].url", $"'{e.Url}' is not a web address: give a full http:// or https:// link.");
        }
        return errors;
    }

    public static bool IsWebLink(string? url) =>
        url is { Length: <= 2000 }
        && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0;
}

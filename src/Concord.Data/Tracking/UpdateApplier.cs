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
            return new UpdateResult(null, errors);

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
        return new UpdateResult(update, []);
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

    static List<Refusal> Validate(Commitment commitment, UpdateDraft draft, DateOnly today)
    {
        var errors = new List<Refusal>();
        if (string.IsNullOrWhiteSpace(draft.Text))
            errors.Add(new("text", "UpdateNeedsText", "Say what happened: the text of an update cannot be empty."));
        else if (draft.Text.Length > MaxTextLength)
            errors.Add(new("text", "UpdateTextTooLong", $"The text is {draft.Text.Length} characters long; an update may have at most {MaxTextLength}.",
                draft.Text.Length, MaxTextLength));
        if (draft.Date > today)
            errors.Add(new("date", "UpdateInFuture", $"The date {draft.Date:yyyy-MM-dd} is in the future; an update reports what has happened by today ({today:yyyy-MM-dd}).",
                draft.Date, today));
        if (draft.Date.Year < 1945)
            errors.Add(new("date", "UpdateTooOld", $"The date {draft.Date:yyyy-MM-dd} is too far in the past to be an update.", draft.Date));
        if (draft.Party is not null && !commitment.Parties.Any(p => string.Equals(p.Party, draft.Party, StringComparison.Ordinal)))
        {
            string owers = string.Join(", ", commitment.Parties.Select(p => p.Party));
            errors.Add(commitment.Parties.Count == 0
                ? new("party", "PartyOwesNothing", $"'{draft.Party}' does not owe this commitment: no party is recorded as owing it.", draft.Party)
                : new("party", "PartyDoesNotOwe", $"'{draft.Party}' does not owe this commitment: it is owed by {string.Join(" and ", commitment.Parties.Select(p => p.Party))}.",
                    draft.Party, owers));
        }
        if (draft.Evidence.Count > MaxEvidence)
            errors.Add(new("evidence", "TooMuchEvidence", $"An update may cite at most {MaxEvidence} pieces of evidence, not {draft.Evidence.Count}.",
                MaxEvidence, draft.Evidence.Count));
        for (int i = 0; i < draft.Evidence.Count; i++)
        {
            var e = draft.Evidence[i];
            if (string.IsNullOrWhiteSpace(e.Title))
                errors.Add(new($"evidence[{i}].title", "EvidenceNeedsTitle", "Give the evidence a title a reader recognises."));
            else if (e.Title.Length > 500)
                errors.Add(new($"evidence[{i}].title", "EvidenceTitleTooLong", "The title may have at most 500 characters.", 500));
            if (!IsWebLink(e.Url))
                errors.Add(new($"evidence[{i}].url", "NotAWebLink", $"'{e.Url}' is not a web address: give a full http:// or https:// link.", e.Url));
        }
        return errors;
    }

    public static bool IsWebLink(string? url) =>
        url is { Length: <= 2000 }
        && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0;
}

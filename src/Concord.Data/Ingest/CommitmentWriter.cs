using Concord.Data.Register;

namespace Concord.Data.Ingest;

/// <summary>Commitments matched to the register's by item path and wording, so that the tracking data of a
/// commitment the text still makes stays attached to it: a matched commitment is updated in place, a new one
/// added, one the text no longer makes removed, unless people have tracked it (<see cref="IsTracked"/>): then it
/// is kept, and reported, for them to settle. Returns the ids of the items such kept commitments hold.</summary>
internal sealed class CommitmentWriter(RegisterDb db, Statement statement, StatementVersion[] versions, StatementReport report)
{
    /// <summary>Two wordings of one clause in the same item, once corrected, stay above this.</summary>
    const double SameItem = 0.5;

    /// <summary>A tracked commitment whose item was renumbered is followed only when the wording is nearly the same.</summary>
    const double OtherItem = 0.8;

    public HashSet<int> Write(PlannedStatement plan, List<Item> items, RegisterState stored)
    {
        var pathOf = stored.Items.ToDictionary(i => i.Id, i => i.Path);
        var unmatched = new List<Commitment>(stored.Commitments);
        var planned = new List<(PlannedCommitment Commitment, Item Item, int Ordinal)>();
        var matches = new Dictionary<int, Commitment>();
        for (int n = 0; n < plan.Items.Count; n++)
            for (int o = 0; o < plan.Items[n].Commitments.Count; o++)
                planned.Add((plan.Items[n].Commitments[o], items[n], o));

        Match(planned, unmatched, matches, (old, p) => pathOf.GetValueOrDefault(old.ItemId) == p.Item.Path, SameItem);
        Match(planned, unmatched, matches, (old, _) => IsTracked(old), OtherItem);

        for (int k = 0; k < planned.Count; k++)
        {
            var (p, item, ordinal) = planned[k];
            if (matches.TryGetValue(k, out var commitment))
                report.CommitmentsKept++;
            else
            {
                commitment = new Commitment { StatementId = statement.Id, Item = item, Text = p.Text };
                db.Commitments.Add(commitment);
                report.CommitmentsAdded++;
            }
            Update(commitment, p, item, ordinal);
        }
        var keptItems = new HashSet<int>();
        foreach (var old in unmatched)
        {
            if (IsTracked(old))
            {
                keptItems.Add(old.ItemId);
                report.CommitmentsUnmatched.Add(old.Text);
                continue;
            }
            db.Commitments.Remove(old);
            report.CommitmentsRemoved++;
        }
        return keptItems;
    }

    /// <summary>What people have added to a commitment and must not lose.</summary>
    public static bool IsTracked(Commitment c) =>
        c.Status != CommitmentStatus.NotStarted || c.Origin != "extracted" || !c.IsCommitment || c.Updates.Count > 0
        || c.Agencies.Count > 0 || c.Parties.Any(p => p.Status != CommitmentStatus.NotStarted)
        || c.Targets.Any(t => t.Measurements.Count > 0 || t.SourceText.Length == 0);

    /// <summary>Greedy, best pairs first: the most alike wordings, then the nearest ranks.</summary>
    void Match(List<(PlannedCommitment Commitment, Item Item, int Ordinal)> planned, List<Commitment> unmatched,
        Dictionary<int, Commitment> matches, Func<Commitment, (PlannedCommitment, Item Item, int), bool> allowed, double threshold)
    {
        var candidates = new List<(double Score, int Rank, int Planned, Commitment Old)>();
        for (int k = 0; k < planned.Count; k++)
        {
            if (matches.ContainsKey(k)) continue;
            foreach (var old in unmatched)
            {
                if (!allowed(old, planned[k])) continue;
                double score = TextSimilarity.Dice(Wording(old), planned[k].Commitment.Text);
                if (score >= threshold) candidates.Add((score, Math.Abs(old.Ordinal - planned[k].Ordinal), k, old));
            }
        }
        foreach (var c in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Rank))
        {
            if (matches.ContainsKey(c.Planned) || !unmatched.Contains(c.Old)) continue;
            matches[c.Planned] = c.Old;
            unmatched.Remove(c.Old);
        }
    }

    /// <summary>The clause as the reference version said it, which a person's rewording leaves as it was.</summary>
    string Wording(Commitment old) =>
        old.Sources.FirstOrDefault(s => s.VersionId == versions[0].Id) is { } source ? Names.Collapse(source.Text) : old.Text;

    void Update(Commitment c, PlannedCommitment p, Item item, int ordinal)
    {
        if (c.Item != item) c.Item = item;
        if (c.Ordinal != ordinal) c.Ordinal = ordinal;
        if (c.Origin == "extracted")
        {
            if (c.Text != p.Text) c.Text = p.Text;
            if (c.Modality != p.Modality) c.Modality = p.Modality;
            Sources(c, p);
        }
        Deadline(c, p);
        Parties(c, p);
        TargetWriter.Sync(db, c, p);
    }

    /// <summary>A deadline with no source words was set by a person: it stays.</summary>
    static void Deadline(Commitment c, PlannedCommitment p)
    {
        bool setByPerson = c.DeadlineText.Length == 0 && (c.DeadlineStart is not null || c.DeadlineEnd is not null || c.DeadlinePrecision is not null);
        if (setByPerson) return;
        var d = p.Deadline;
        var precision = d is null ? null : Names.Of(d.Precision);
        var fiscal = d?.FiscalYear?.ToString();
        if (c.DeadlineStart != d?.Start) c.DeadlineStart = d?.Start;
        if (c.DeadlineEnd != d?.End) c.DeadlineEnd = d?.End;
        if (c.DeadlinePrecision != precision) c.DeadlinePrecision = precision;
        if (c.DeadlineFiscalYear != fiscal) c.DeadlineFiscalYear = fiscal;
        if (c.DeadlineText != (d?.Text ?? "")) c.DeadlineText = d?.Text ?? "";
        if (c.DeadlineReading != (d?.Reading ?? "")) c.DeadlineReading = d?.Reading ?? "";
    }

    void Sources(Commitment c, PlannedCommitment p)
    {
        var wanted = p.Sources.Select(s => (versions[s.Version].Id, s.Span.Start, s.Span.End, s.Text)).ToList();
        if (c.Sources.OrderBy(s => s.Id).Select(s => (s.VersionId, s.SpanStart, s.SpanEnd, s.Text)).SequenceEqual(wanted)) return;
        foreach (var old in c.Sources.ToList()) db.CommitmentSources.Remove(old);
        c.Sources.Clear();
        foreach (var (version, start, end, text) in wanted)
            c.Sources.Add(new CommitmentSource { VersionId = version, SpanStart = start, SpanEnd = end, Text = text });
    }

    /// <summary>Parties the text names are added; one it no longer names goes unless it has its own status.</summary>
    void Parties(Commitment c, PlannedCommitment p)
    {
        foreach (var old in c.Parties.Where(x => !p.Parties.Contains(x.Party) && x.Status == CommitmentStatus.NotStarted).ToList())
        {
            c.Parties.Remove(old);
            db.CommitmentParties.Remove(old);
        }
        foreach (var party in p.Parties.Where(x => c.Parties.All(o => o.Party != x)))
            c.Parties.Add(new CommitmentParty { Party = party });
    }
}

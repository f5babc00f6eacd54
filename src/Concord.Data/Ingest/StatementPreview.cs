namespace Concord.Data.Ingest;

/// <summary>What an ingest read of one statement, for a person to check before it is saved: its versions in the
/// order the register keeps them (the reference first), the reference version's outline with the commitments each
/// item makes, and how well the versions align.</summary>
/// <param name="Languages">The versions' languages, the reference version's first.</param>
/// <param name="AlignedItems">Items that have a text in every version.</param>
/// <param name="Discrepancies">The aligner's issues over all items: content missing, numbers or dates that differ.</param>
public sealed record StatementPreview(IReadOnlyList<string> Languages, int AlignedItems, int Discrepancies, IReadOnlyList<StatementPreview.Item> Items)
{
    /// <param name="Versions">In how many versions the item has a text.</param>
    public sealed record Item(string Path, string Kind, string? Heading, string Text, int Versions, IReadOnlyList<string> Issues, IReadOnlyList<Commitment> Commitments);

    /// <param name="Deadline">The deadline as the text says it, if any.</param>
    /// <param name="DeadlineStart">The first day the deadline was read as, when it could be.</param>
    /// <param name="DeadlineEnd">The last day the deadline was read as, when it could be.</param>
    /// <param name="Quantities">The figures the commitment pledges, as the text says them.</param>
    public sealed record Commitment(string Text, string Modality, string? Deadline, DateOnly? DeadlineStart, DateOnly? DeadlineEnd, IReadOnlyList<string> Quantities);

    internal static StatementPreview Of(PlannedStatement plan)
    {
        int versions = plan.Versions.Count;
        var items = plan.Items.Select(i =>
        {
            var reference = i.Texts.FirstOrDefault(t => t.Version == 0) ?? i.Texts.FirstOrDefault();
            return new Item(i.Path, i.Kind, reference?.Heading, reference?.Text ?? "", i.Texts.Select(t => t.Version).Distinct().Count(),
                [.. i.Issues.Select(x => x.Detail)],
                [.. i.Commitments.Select(c => new Commitment(c.Text, c.Modality, c.Deadline?.Text, c.Deadline?.Start, c.Deadline?.End,
                    [.. c.Targets.Select(t => t.SourceText).Distinct(StringComparer.Ordinal)]))]);
        }).ToList();
        return new StatementPreview([.. plan.Versions.Select(v => v.Language)], items.Count(i => i.Versions == versions),
            items.Sum(i => i.Issues.Count), items);
    }
}

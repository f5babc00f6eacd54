using Concord.Data.Register;

namespace Concord.Features.Statements;

/// <summary>What the statement page shows: the statement, its versions, and its items aligned across them.</summary>
public sealed record StatementPage(
    int Id, string Key, string Title, string PartyA, string PartyB, DateOnly? Date, string? Place,
    IReadOnlyList<StatementPage.VersionRow> Versions, IReadOnlyList<StatementPage.ItemRow> Items)
{
    public sealed record VersionRow(int Id, string Language, bool Official, string Source);

    public sealed record TextCell(int VersionId, string Label, string? Heading, string Text, double AlignScore);

    public sealed record Chip(int Id, string Text, CommitmentStatus Status, DateOnly? DeadlineEnd, string DeadlineText,
        IReadOnlyList<(int Id, string Name)> Agencies, IReadOnlyList<string> Targets);

    public sealed record IssueRow(string Kind, string Detail);

    public sealed record ItemRow(int Id, string Path, string Kind, IReadOnlyList<TextCell> Texts, IReadOnlyList<IssueRow> Issues, IReadOnlyList<Chip> Commitments)
    {
        public TextCell? In(int versionId) => Texts.FirstOrDefault(t => t.VersionId == versionId);
    }
}

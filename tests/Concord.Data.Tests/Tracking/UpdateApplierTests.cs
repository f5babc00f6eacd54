using Concord.Data.Register;
using Concord.Data.Tracking;

namespace Concord.Data.Tests.Tracking;

public sealed class UpdateApplierTests
{
    static readonly DateTime Now = new(2026, 6, 15, 12, 0, 0, DateTimeKind.Utc);

    static Commitment TwoParties() => new()
    {
        Text = "set up a joint ports committee",
        Parties = [new CommitmentParty { Party = "Aurelia" }, new CommitmentParty { Party = "Norvania" }],
    };

    static UpdateDraft Draft(string? party = null, CommitmentStatus? status = null, string text = "Đã họp phiên đầu tiên.", params EvidenceDraft[] evidence) =>
        new(new DateOnly(2026, 6, 1), party, status, text, evidence);

    [Fact]
    public void Apply_WholeCommitment_SetsEveryPartyAndRecordsBeforeAndAfter()
    {
        var c = TwoParties();

        var result = UpdateApplier.Apply(c, Draft(status: CommitmentStatus.InProgress), "desk", Now);

        Assert.True(result.Succeeded);
        Assert.Equal((CommitmentStatus.NotStarted, CommitmentStatus.InProgress), (result.Update!.StatusBefore!.Value, result.Update.StatusAfter!.Value));
        Assert.All(c.Parties, p => Assert.Equal(CommitmentStatus.InProgress, p.Status));
        Assert.Equal(("Đã họp phiên đầu tiên.", "desk"), (Assert.Single(c.Updates).Text, c.Updates[0].Author));
    }

    [Fact]
    public void Apply_OneParty_MovesItAndCombinesTheCommitmentStatus()
    {
        var c = TwoParties();

        UpdateApplier.Apply(c, Draft("Aurelia", CommitmentStatus.Completed), "desk", Now);

        Assert.Equal((CommitmentStatus.Completed, CommitmentStatus.NotStarted), (c.Parties[0].Status, c.Parties[1].Status));
        Assert.Equal(CommitmentStatus.InProgress, c.Status);
        UpdateApplier.Apply(c, Draft("Norvania", CommitmentStatus.Completed), "desk", Now);
        Assert.Equal(CommitmentStatus.Completed, c.Status);
    }

    [Fact]
    public void Apply_TextOnly_LeavesStatusesAndRecordsNoChange()
    {
        var c = TwoParties();

        var result = UpdateApplier.Apply(c, Draft(), "desk", Now);

        Assert.Equal((CommitmentStatus.NotStarted, (CommitmentStatus?)null, (CommitmentStatus?)null), (c.Status, result.Update!.StatusBefore, result.Update.StatusAfter));
    }

    [Fact]
    public void Apply_InvalidDraft_ReportsEachFieldAndChangesNothing()
    {
        var c = TwoParties();
        var draft = new UpdateDraft(new DateOnly(2026, 7, 1), "Lanthorn", CommitmentStatus.Completed, "  ",
            [new EvidenceDraft(EvidenceKind.Press, "", "ftp://files.example/report")]);

        var result = UpdateApplier.Apply(c, draft, "desk", Now);

        Assert.False(result.Succeeded);
        Assert.Equal(["date", "evidence[0].title", "evidence[0].url", "party", "text"], result.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Empty(c.Updates);
        Assert.Equal(CommitmentStatus.NotStarted, c.Status);
    }

    [Fact]
    public void Apply_EvidenceLink_IsKeptWithItsKind()
    {
        var c = TwoParties();

        var result = UpdateApplier.Apply(c, Draft(evidence: new EvidenceDraft(EvidenceKind.OfficialAct, " Decision 12 ", "https://gov.example/d12")), "desk", Now);

        var e = Assert.Single(result.Update!.Evidence);
        Assert.Equal((EvidenceKind.OfficialAct, "Decision 12", "https://gov.example/d12"), (e.Kind, e.Title, e.Url));
    }

    [Theory]
    [InlineData(new[] { CommitmentStatus.Stalled, CommitmentStatus.NotStarted }, CommitmentStatus.Stalled)]
    [InlineData(new[] { CommitmentStatus.Dropped, CommitmentStatus.NotStarted }, CommitmentStatus.NotStarted)]
    [InlineData(new CommitmentStatus[0], CommitmentStatus.NotStarted)]
    public void Combine_PartiesThatDiffer_GivesTheSummary(CommitmentStatus[] parties, CommitmentStatus expected) =>
        Assert.Equal(expected, UpdateApplier.Combine(parties));
}

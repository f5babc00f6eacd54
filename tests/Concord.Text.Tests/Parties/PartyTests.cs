using Concord.Text.Clauses;
using Concord.Text.Languages.En;
using Concord.Text.Languages.Ja;
using Concord.Text.Languages.Vi;
using Concord.Text.Parties;

namespace Concord.Text.Tests.Parties;

public sealed class PartyTests
{
    [Theory]
    [InlineData("Vietnam", ClauseActors.VietNam)]
    [InlineData("Viet Nam", ClauseActors.VietNam)]
    [InlineData("Nhật Bản", ClauseActors.Japan)]
    [InlineData("日本", ClauseActors.Japan)]
    [InlineData("Veloria", "Veloria")]
    public void Parse_Name_GivesTheCanonicalName(string written, string expected)
    {
        Assert.Equal(expected, Party.Parse(written)?.Name);
    }

    [Fact]
    public void Parse_NameWithOtherForms_KeepsThemAsForms()
    {
        var party = Party.Parse("Veloria = ヴェロリア")!;
        Assert.Equal("Veloria", party.Name);
        Assert.Equal(["ヴェロリア"], party.Forms);
    }

    [Fact]
    public void ParseList_CommaSeparated_SkipsEmptyAndRepeatedNames()
    {
        Assert.Equal(["Veloria", "Estrand"], Party.ParseList(" Veloria, ,Estrand,Veloria").Select(p => p.Name));
        Assert.Empty(Party.ParseList(" , "));
        Assert.Null(Party.Parse("  "));
    }

    [Fact]
    public void KnownCountries_EveryLanguage_UsesTheCanonicalNamesOfTheEnglishTable()
    {
        var english = EnPartyWords.Countries.Select(c => c.Party).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(english, ViPartyWords.Countries.Select(c => c.Party).ToHashSet(StringComparer.Ordinal));
        Assert.Equal(english, JaPartyWords.Countries.Select(c => c.Party).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void Recognize_GivenParties_MakesTheirPhrasesActors()
    {
        var text = "The Estrandish Government will build a pier. The Government of Veloria will pay for it.";
        var clauses = ClauseRecognizer.Recognize(text, new TextSpan(0, text.Length), Language.En,
            [new Party("Veloria"), new Party("Estrand")]);
        Assert.Equal([["Estrand"], ["Veloria"]], clauses.Select(c => c.Actors.ToArray()));
    }

    [Fact]
    public void ActorPhrases_CandidateAdjective_IsMadeOnlyWhenTheTextUsesIt()
    {
        var with = PartyActors.Of([new Party("Estrand")], Language.En, "The Estrandish delegation arrived.").Select(p => p.Phrase);
        var without = PartyActors.Of([new Party("Estrand")], Language.En, "The delegation arrived.").Select(p => p.Phrase);
        Assert.Contains("the Estrandish side", with);
        Assert.DoesNotContain("the Estrandian side", with);
        Assert.DoesNotContain("the Estrandish side", without);
        Assert.Contains("the Estrand side", without);
    }

    [Fact]
    public void Recognize_BothParties_IsBoth()
    {
        var text = "Phía Veloria và phía Estrand nhất trí tổ chức diễn tập chung.";
        var clause = Assert.Single(ClauseRecognizer.Recognize(text, new TextSpan(0, text.Length), Language.Vi,
            [new Party("Veloria"), new Party("Estrand")]));
        Assert.Equal([ClauseActors.Both], clause.Actors);
    }
}

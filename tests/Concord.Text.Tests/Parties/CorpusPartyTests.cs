using Concord.Text.Clauses;
using Concord.Text.Extraction;
using Concord.Text.Parties;
using Concord.Text.Tests.Extraction;

namespace Concord.Text.Tests.Parties;

/// <summary>The 2025 statement names no parties in a title: they are found in its opening, and the actors of its
/// clauses are the known countries' names, as without parties.</summary>
public sealed class CorpusPartyTests
{
    static ExtractedDocument Doc(string language) => language == "en" ? CorpusStatements.English : CorpusStatements.Vietnamese;

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Statement_Parties_AreVietNamAndJapan(string language)
    {
        Assert.Equal([ClauseActors.Japan, ClauseActors.VietNam], Doc(language).Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Statement_ClauseActors_AreThoseOfTheKnownCountryTables(string language)
    {
        var doc = Doc(language);
        foreach (var item in doc.Items)
        {
            var plain = item.Outline.Paragraphs.SelectMany(p => ClauseRecognizer.Recognize(doc.Text, p, doc.Language))
                .Select(c => string.Join(", ", c.Actors));
            Assert.Equal(plain, item.Clauses.Select(c => string.Join(", ", c.Actors)));
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Statement_PartyActors_AreNamedTheSameInBothLanguages(string language)
    {
        var actors = Doc(language).Items.SelectMany(i => i.Clauses).SelectMany(c => c.Actors).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(ClauseActors.Japan, actors);
        Assert.Contains(ClauseActors.VietNam, actors);
        Assert.Contains(ClauseActors.Both, actors);
    }

    [Fact]
    public void Extract_GivenParties_WinOverTheText()
    {
        var text = "Joint Statement between the Republic of Veloria and the Kingdom of Estrand\n\n1. Lirren will host the summit.";
        var doc = StatementExtractor.Extract(text, new ExtractOptions(Parties: Party.ParseList("Lirren,Ostmark")));
        Assert.Equal(["Lirren", "Ostmark"], doc.Parties.Select(p => p.Name));
        Assert.Contains(doc.Items.SelectMany(i => i.Clauses), c => c.Actors.SequenceEqual(["Lirren"]));
    }

    [Fact]
    public void Extract_TitledStatement_ExposesItsParties()
    {
        var text = "Joint Statement between the Republic of Veloria and the Kingdom of Estrand\n\n1. Estrand will host the summit.";
        var doc = StatementExtractor.Extract(text, new ExtractOptions());
        Assert.Equal(["Veloria", "Estrand"], doc.Parties.Select(p => p.Name));
        Assert.Contains(doc.Items.SelectMany(i => i.Clauses), c => c.Actors.SequenceEqual(["Estrand"]));
    }
}

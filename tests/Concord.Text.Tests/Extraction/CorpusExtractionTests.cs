using Concord.Text.Clauses;
using Concord.Text.Dates;
using Concord.Text.Extraction;
using Concord.Text.Outline;
using Concord.Text.Quantities;

namespace Concord.Text.Tests.Extraction;

/// <summary>What a careful reader of the 2025 statement finds, asserted on the whole pipeline.</summary>
public sealed class CorpusExtractionTests
{
    static ExtractedDocument Doc(string language) => language == "en" ? CorpusStatements.English : CorpusStatements.Vietnamese;

    static ExtractedItem Item(string language, string path) =>
        Doc(language).Find(path) ?? throw new Xunit.Sdk.XunitException($"{language}: no item {path}");

    [Theory]
    [InlineData("en", Language.En)]
    [InlineData("vi", Language.Vi)]
    public void Statement_LanguageAndDate_AreFoundInTheText(string language, Language expected)
    {
        Assert.Equal(expected, Doc(language).Language);
        Assert.Equal(new DateOnly(2025, 4, 28), Doc(language).Date);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Statement_BodyPaths_AreThePointsAndItemsOfTheStatement(string language)
    {
        var body = Doc(language).Items.Where(i => i.Kind is ItemKind.Section or ItemKind.Item).Select(i => i.Path).ToList();
        var expected = new List<string> { "1", "2", "3" };
        expected.AddRange(Enumerable.Range(1, 5).Select(n => $"3.{n}"));
        expected.Add("4");
        expected.AddRange(Enumerable.Range(1, 15).Select(n => $"4.{n}"));
        expected.Add("5");
        expected.AddRange(Enumerable.Range(1, 7).Select(n => $"5.{n}"));
        expected.Add("6");
        expected.AddRange(Enumerable.Range(1, 2).Select(n => $"6.{n}"));

        Assert.Equal(expected, body);
    }

    [Fact]
    public void EnglishStatement_ProjectList_IsAnAnnexOfFourteenProjects()
    {
        var entries = CorpusStatements.English.Items.Where(i => i.Kind == ItemKind.AnnexEntry).ToList();

        Assert.Equal(Enumerable.Range(1, 14).Select(n => $"A1.{n}"), entries.Select(e => e.Path));
        Assert.All(entries, e => Assert.Contains(e.Entities, x => x.Type == Concord.Text.Entities.EntityType.Project));
        Assert.DoesNotContain("VNS", entries[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void SemiconductorItem_HasFiftyThousandSpecialistsByTwentyThirty(string language)
    {
        var item = Item(language, "4.7");

        Assert.Contains(item.Quantities, q => q.Value == 50_000m && q.Comparator == Comparator.Eq);
        Assert.Contains(item.Dates, d => d.Role == DateRole.Deadline && d.End == new DateOnly(2030, 12, 31));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void FactSheetItem_IsApproximatelyTwentyBillionDollars(string language)
    {
        var q = Assert.Single(Item(language, "4.4").Quantities, q => q.Value == 20_000_000_000m);

        Assert.Equal("USD", q.Unit);
        Assert.Equal(Comparator.Approx, q.Comparator);
        Assert.True(q.Approximate);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void PeopleItem_HasTheCommunityTheTouristsAndTheTarget(string language)
    {
        var quantities = Item(language, "5.1").Quantities;

        Assert.Contains(quantities, q => q.Value == 600_000m && q.Comparator == Comparator.Gt);
        Assert.Contains(quantities, q => q.Value == 620_000m);
        Assert.Contains(quantities, q => q.Value == 2_000_000m && q.Per == "year");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void NumbersInNames_AreNotQuantities(string language)
    {
        // 3.3 has the 2+2 dialogue (the plus sign is lost in the Vietnamese text), 4.2 the Metro Line No.1,
        // 4.4 the projects' Phase 1.
        Assert.DoesNotContain(Item(language, "3.3").Quantities, q => q.Value == 2m);
        Assert.DoesNotContain(Item(language, "4.2").Quantities, q => q.Value == 1m);
        Assert.DoesNotContain(Item(language, "4.4").Quantities, q => q.Value == 1m);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void InsuranceConsultations_StartInTheSummerOfTheStatementsYear(string language)
    {
        var summer = Assert.Single(Item(language, "4.14").Dates);

        Assert.Equal(DatePrecision.Season, summer.Precision);
        Assert.Equal(new DateOnly(2025, 6, 1), summer.Start);
        Assert.Equal(new DateOnly(2025, 8, 31), summer.End);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void HighLevelTalksOfDecember2023_AreAReferenceNotADeadline(string language)
    {
        var december = Assert.Single(Item(language, "4.2").Dates, d => d.Start == new DateOnly(2023, 12, 1));

        Assert.Equal(DateRole.Reference, december.Role);
        Assert.Equal(DatePrecision.Month, december.Precision);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void HospitalDeadline_IsAFiscalYearWithItsConventionSaid(string language)
    {
        var fiscal = Assert.Single(Item(language, "4.11").Dates, d => d.Precision == DatePrecision.FiscalYear);

        Assert.Equal(DateRole.Deadline, fiscal.Role);
        Assert.NotNull(fiscal.FiscalYear);
        Assert.False(string.IsNullOrWhiteSpace(fiscal.Reading));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void AnnualExchanges_AreRecurring(string language)
    {
        Assert.Contains(Item(language, "3.1").Dates, d => d.Precision == DatePrecision.Recurring);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void DialogueItem_WelcomesThenCommits(string language)
    {
        var modalities = Item(language, "3.2").Clauses.Select(c => c.Modality).ToList();

        int welcome = modalities.IndexOf(Modality.Welcome);
        Assert.True(welcome >= 0, string.Join(", ", modalities));
        Assert.Contains(Modality.Commitment, modalities.Skip(welcome + 1));
    }

    [Fact]
    public void VietnamesePhotoCaption_IsNoiseAndNotInAnyItem()
    {
        var doc = CorpusStatements.Vietnamese;

        Assert.Contains(doc.Noise, n => n.Kind == "caption" && n.Span.Of(doc.Text).Contains("Ảnh: VGP", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Items, i => i.Text.Contains("Ảnh: VGP", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryExtractedSpan_LiesInsideItsItem()
    {
        foreach (var doc in new[] { CorpusStatements.English, CorpusStatements.Vietnamese })
        {
            foreach (var item in doc.Items)
            {
                var spans = item.Clauses.Select(c => c.Span)
                    .Concat(item.Quantities.Select(q => q.Span))
                    .Concat(item.Dates.Select(d => d.Span))
                    .Concat(item.Entities.Select(e => e.Span));
                Assert.All(spans, s => Assert.True(item.Outline.Span.Contains(s), $"{doc.Source} {item.Path}: {s} outside {item.Outline.Span}"));
            }
        }
    }
}

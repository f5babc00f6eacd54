using Concord.Text.Checking;
using Concord.Text.Extraction;
using Concord.Text.Normalization;

namespace Concord.Text.Tests.Checking;

/// <summary>The corpus articles checked against the corpus statement, once per test run.</summary>
public static class CorpusCheck
{
    static readonly Lazy<ExtractedDocument> english = new(() => Extract(Corpus.StatementEn, null));
    // The Vietnamese text does not repeat the statement's date: it is given, as the check verb does.
    static readonly Lazy<ExtractedDocument> vietnamese = new(() => Extract(Corpus.StatementVi, english.Value.Date));

    public static ExtractedDocument English => english.Value;
    public static ExtractedDocument Vietnamese => vietnamese.Value;

    public static CheckResult Against(string article, params ExtractedDocument[] versions) =>
        ClaimChecker.Check(TextNormalizer.Normalize(Corpus.Read(article)), versions, new CheckOptions(article));

    public static CheckResult AgainstBoth(string article) => Against(article, English, Vietnamese);

    /// <summary>The one claim whose text contains <paramref name="words"/>.</summary>
    public static CheckedClaim Claim(CheckResult result, string words) =>
        Assert.Single(result.Claims, c => c.Text.Contains(words, StringComparison.Ordinal));

    static ExtractedDocument Extract(string name, DateOnly? date) =>
        StatementExtractor.Extract(TextNormalizer.Normalize(Corpus.Read(name)), new ExtractOptions(name, null, date));
}

using Concord.Text.Extraction;
using Concord.Text.Normalization;

namespace Concord.Text.Tests.Extraction;

/// <summary>The corpus statements run through the whole pipeline once per test run.</summary>
public static class CorpusStatements
{
    static readonly Lazy<ExtractedDocument> english = new(() => Extract(Corpus.StatementEn));
    static readonly Lazy<ExtractedDocument> vietnamese = new(() => Extract(Corpus.StatementVi));

    public static ExtractedDocument English => english.Value;
    public static ExtractedDocument Vietnamese => vietnamese.Value;

    static ExtractedDocument Extract(string name) =>
        StatementExtractor.Extract(TextNormalizer.Normalize(Corpus.Read(name)), new ExtractOptions(name));
}

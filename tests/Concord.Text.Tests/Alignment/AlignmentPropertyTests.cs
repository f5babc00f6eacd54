using CsCheck;
using Concord.Text.Alignment;
using Concord.Text.Extraction;
using Concord.Text.Normalization;

namespace Concord.Text.Tests.Alignment;

/// <summary>Whatever two documents it is given, the aligner accounts for every item once, never
/// crosses its pairs and cites only spans of the texts.</summary>
public sealed class AlignmentPropertyTests
{
    static readonly Gen<string> Piece = Gen.OneOf<string>(
        "1.", "2.", "3.", "(1)", "(2)", "(3)", "a)", "II.", "\n", "\n\n", " ", "P4G", "JBIC", "Kobe", "Huế",
        "The two sides agreed to ", "Hai bên nhất trí ", "両国は", "一致した。", "50,000", "50.000", "3,5",
        "by 2030", "đến năm 2030", "approximately 250", "khoảng 250", "List of projects", ".", ". ", "。");

    static readonly Gen<ExtractedDocument> Document =
        Gen.Select(Piece.Array[0, 80], Gen.OneOf(Gen.Const(Language.En), Gen.Const(Language.Vi), Gen.Const(Language.Ja)),
            (pieces, language) => StatementExtractor.Extract(TextNormalizer.Normalize(string.Concat(pieces)), new ExtractOptions("-", language)));

    [Fact]
    public void Align_AnyTwoDocuments_AccountsForEveryItemOnceInOrder()
    {
        Gen.Select(Document, Document).Sample((left, right) =>
        {
            var result = StatementAligner.Align(left, right);

            Check(result.Pairs.Select(p => p.Left), result.UnmatchedLeft, left);
            Check(result.Pairs.Select(p => p.Right), result.UnmatchedRight, right);
            foreach (var pair in result.Pairs)
            {
                Assert.InRange(pair.Score, 0.0, 1.0);
                Assert.All(pair.Sentences, s => Assert.True(s.Left is not null || s.Right is not null));
                Assert.All(pair.Sentences.Where(s => s.Left is not null), s => Assert.InRange(s.Left!.Value.End, 0, left.Text.Length));
                Assert.All(pair.Sentences.Where(s => s.Right is not null), s => Assert.InRange(s.Right!.Value.End, 0, right.Text.Length));
            }
        }, iter: 300);
    }

    /// <summary>Each item is paired (perhaps twice, in a split-merge) or unmatched, never both, and the
    /// paired items come in document order.</summary>
    static void Check(IEnumerable<string> paired, IReadOnlyList<string> unmatched, ExtractedDocument doc)
    {
        var order = doc.Items.Select((item, k) => (item.Path, k)).ToDictionary(x => x.Path, x => x.k, StringComparer.Ordinal);
        var indices = paired.Select(p => order[p]).ToList();
        for (int k = 1; k < indices.Count; k++)
            Assert.True(indices[k] >= indices[k - 1], "pairs cross");
        var all = indices.Distinct().Concat(unmatched.Select(p => order[p])).OrderBy(k => k);
        Assert.Equal(Enumerable.Range(0, doc.Items.Count), all);
    }
}

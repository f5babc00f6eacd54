using Concord.Text.Alignment;
using Concord.Text.Outline;
using Concord.Text.Tests.Extraction;

namespace Concord.Text.Tests.Alignment;

public sealed class CorpusStatementAlignmentTests
{
    static readonly Lazy<AlignmentResult> Result = new(() => StatementAligner.Align(CorpusStatements.English, CorpusStatements.Vietnamese));

    [Fact]
    public void EveryBodyItem_PairsWithItsTwin()
    {
        var body = CorpusStatements.English.Items.Where(i => i.Kind is ItemKind.Section or ItemKind.Item).Select(i => i.Path);

        foreach (var path in body)
            Assert.Contains(Result.Value.Pairs, p => p.Left == path && p.Right == path);
    }

    [Fact]
    public void ProjectList_HasNoCounterpartInTheVietnameseText()
    {
        var entries = CorpusStatements.English.Items.Where(i => i.Kind == ItemKind.AnnexEntry).Select(i => i.Path).ToList();

        Assert.Equal(14, entries.Count);
        Assert.All(entries, e => Assert.Contains(e, Result.Value.UnmatchedLeft));
    }

    [Fact]
    public void TwinItems_AgreeOnTheirFigures()
    {
        // The two versions carry the same figures in 4.4 (20 billion) and 4.7 (50,000): no mismatch there.
        foreach (var path in new[] { "4.4", "4.7" })
        {
            var pair = Assert.Single(Result.Value.Pairs, p => p.Left == path && p.Right == path);
            Assert.DoesNotContain(pair.Issues, i => i.Kind == "quantity-mismatch");
            Assert.True(pair.Score > 0.5, $"{path}: score {pair.Score}");
        }
    }
}

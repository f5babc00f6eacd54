using Concord.Text.Normalization;
using Concord.Text.Outline;

namespace Concord.Text.Tests.Outline;

/// <summary>The corpus's news articles come out as articles: their title found, the site chrome, the
/// captions, the references and the teasers of other stories left out.</summary>
public sealed class CorpusArticleOutlineTests
{
    static StatementOutline Parse(string name) => OutlineParser.Parse(TextNormalizer.Normalize(Corpus.Read(name)), Language.En);

    static string AllItemText(StatementOutline outline) => string.Join("\n", outline.Items.Select(i => i.TextOf(outline.Text)));

    [Fact]
    public void HanoiTimes_KeepsTheReportAndDropsTheBannerAndTheRelatedNews()
    {
        var outline = Parse(Corpus.HanoiTimes);

        Assert.StartsWith("Vietnam, Japan sign four", outline.Title, StringComparison.Ordinal);
        var text = AllItemText(outline);
        Assert.Contains("50,000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("NATIONAL CONGRESS", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Muong Hoa", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Photo: VGP", text, StringComparison.Ordinal);
        Assert.True(outline.Noise.Count(n => n.Kind == "teaser") >= 10);
        Assert.Contains("Ishiba", outline.Items[^1].TextOf(outline.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void AmbassadorInterview_EndsAtTheAgencysEndMark()
    {
        var outline = Parse(Corpus.Interview);

        var text = AllItemText(outline);
        Assert.Contains("170,000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Angola", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(Photo:", text, StringComparison.Ordinal);
        Assert.Contains(outline.Noise, n => n.Kind == "byline" && n.Span.Of(outline.Text) == "/.");
        Assert.Contains("Mekong", outline.Items[^1].TextOf(outline.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void RewrittenArticle_LeavesOutItsReferenceListAndCaption()
    {
        var outline = Parse(Corpus.Rewritten);

        var text = AllItemText(outline);
        Assert.Contains(outline.Noise, n => n.Kind == "reference-list" && n.Span.Of(outline.Text).StartsWith("[1]", StringComparison.Ordinal));
        Assert.DoesNotContain("[1]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("VNA/VNS Photo", text, StringComparison.Ordinal);
        Assert.DoesNotContain("New and Improved Article", text, StringComparison.Ordinal);
        Assert.Contains("$20 billion", text, StringComparison.Ordinal);
    }

    [Fact]
    public void VietnameseStatement_ContinuationParagraphsStayInTheirItems()
    {
        var outline = OutlineParser.Parse(TextNormalizer.Normalize(Corpus.Read(Corpus.StatementVi)), Language.Vi);

        foreach (var path in new[] { "2", "3.2", "4.3", "4.4", "4.11", "5.1", "6.1" })
            Assert.Equal(2, outline.Items.Single(i => i.Path == path).Paragraphs.Count);
        var annex = Assert.Single(outline.Items, i => i.Kind == ItemKind.Annex);
        Assert.StartsWith("Danh mục", annex.Heading, StringComparison.Ordinal);
        Assert.DoesNotContain(outline.Items, i => i.Kind == ItemKind.AnnexEntry);
    }
}

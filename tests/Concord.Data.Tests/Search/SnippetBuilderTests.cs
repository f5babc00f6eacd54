using Concord.Data.Search;

namespace Concord.Data.Tests.Search;

public sealed class SnippetBuilderTests
{
    static SearchSnippet Build(string text, string query) => SnippetBuilder.Build(text, SearchQueryParser.Parse(query));

    [Fact]
    public void Build_ShortText_ShowsAllOfItWithTheOriginalWordsMarked()
    {
        var snippet = Build(SearchSample.RailwayVi, "ha noi");

        Assert.Equal(SearchSample.RailwayVi, snippet.Text);
        Assert.Equal(["Hà", "Nội"], snippet.Highlights.Select(r => snippet.Text.Substring(r.Start, r.Length)));
        Assert.Contains("«Hà» «Nội»", snippet.Marked(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Phrase_MarksItAsOneRange()
    {
        var snippet = Build(SearchSample.RailwayVi, "\"duong sat do thi\"");

        var range = Assert.Single(snippet.Highlights);
        Assert.Equal("đường sắt đô thị", snippet.Text.Substring(range.Start, range.Length));
    }

    [Fact]
    public void Build_PrefixWord_MarksTheWholeWord()
    {
        var snippet = Build(SearchSample.RailwayEn, "rail");

        var range = Assert.Single(snippet.Highlights);
        Assert.Equal("railway", snippet.Text.Substring(range.Start, range.Length));
    }

    [Fact]
    public void Build_LongText_CutsAroundTheFirstMatchAtWordBoundaries()
    {
        string filler = string.Concat(Enumerable.Repeat("Hai bên sẽ tiếp tục trao đổi về hợp tác kinh tế. ", 12));
        string text = filler + "Dự án cảng biển Lạch Huyện được đẩy nhanh. " + filler;

        var snippet = Build(text, "lach huyen");

        Assert.True(snippet.CutBefore);
        Assert.True(snippet.CutAfter);
        Assert.True(snippet.Text.Length <= SnippetBuilder.Window);
        Assert.Equal(text.Substring(snippet.Start, snippet.End - snippet.Start), snippet.Text);
        Assert.Equal(' ', text[snippet.Start - 1]);
        var first = snippet.Highlights[0];
        Assert.Equal("Lạch", text.Substring(snippet.Start + first.Start, first.Length));
        Assert.StartsWith("…", snippet.Marked(), StringComparison.Ordinal);
        Assert.EndsWith("…", snippet.Marked(), StringComparison.Ordinal);
        Assert.Contains("«Lạch» «Huyện»", snippet.Marked(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Japanese_MarksTheSubstring()
    {
        var snippet = Build(SearchSample.TalentJa, "協力");

        var range = Assert.Single(snippet.Highlights);
        Assert.Equal("協力", snippet.Text.Substring(range.Start, range.Length));
    }

    [Fact]
    public void Build_LineBreaks_ShownAsSpacesAtTheSameOffsets()
    {
        var snippet = Build("Hà\nNội", "ha noi");

        Assert.Equal("Hà Nội", snippet.Text);
        Assert.Equal([new SearchRange(0, 2), new SearchRange(3, 3)], snippet.Highlights);
    }

    [Fact]
    public void Build_NoMatchInText_ShowsTheBeginningWithoutMarks()
    {
        var snippet = Build("Một đoạn văn không liên quan.", "railway");

        Assert.Empty(snippet.Highlights);
        Assert.Equal(0, snippet.Start);
    }
}

using Concord.Formats;

namespace Concord.Tests.Formats;

public sealed class ClipTests
{
    [Fact]
    public void To_ShortText_IsUnchanged()
    {
        Assert.Equal("Hà Nội", Clip.To("Hà Nội", 10));
    }

    [Fact]
    public void To_DecomposedVietnameseLetter_IsNeverSplitFromItsMarks()
    {
        // "ệ" typed as e + circumflex + dot below: one column, three chars.
        var decomposed = "Vie\u0302\u0323t Nam hợp tác";

        Assert.Equal("Vie\u0302\u0323t…", Clip.To(decomposed, 5));
    }

    [Fact]
    public void To_JapaneseText_CountsEachCharacterAsTwoColumns()
    {
        Assert.Equal("両首脳…", Clip.To("両首脳は会談を行った", 7));
    }

    [Fact]
    public void Pad_FillsToTheColumnCountNotTheCharacterCount()
    {
        Assert.Equal("日本  ", Clip.Pad("日本", 6));
    }
}

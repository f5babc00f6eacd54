using CsCheck;
using Concord.Text.Normalization;
using Concord.Text.Quantities;

namespace Concord.Text.Tests.Quantities;

public sealed class QuantityRecognizerTests
{
    [Fact]
    public void Recognize_ParagraphInsideADocument_ReturnsOffsetsIntoTheWholeText()
    {
        const string text = "Lead paragraph with 7 words.\n\nThe sides aim at 2 million tourists per year.\n\nTail with 9 items.";
        int start = text.IndexOf("The sides", StringComparison.Ordinal);
        int end = text.IndexOf("\n\nTail", StringComparison.Ordinal);

        var q = Assert.Single(QuantityRecognizer.Recognize(text, new TextSpan(start, end), Language.En));

        Assert.Equal("2 million tourists per year", q.Text);
        Assert.Equal(q.Text, q.Span.Of(text));
        Assert.Equal(text.IndexOf("2 million", StringComparison.Ordinal), q.Span.Start);
        Assert.Equal(2_000_000m, q.Value);
        Assert.Equal("year", q.Per);
    }

    [Fact]
    public void Recognize_RangeEndingInsideAMention_KeepsTheSpanInsideTheRange()
    {
        const string text = "about 250 doctoral students";
        var range = new TextSpan(0, 13);

        var q = Assert.Single(QuantityRecognizer.Recognize(text, range, Language.En));

        Assert.True(range.Contains(q.Span), q.Span.ToString());
        Assert.Equal("about 250 doc", q.Text);
    }

    [Fact]
    public void Recognize_ComparatorBeforeTheRange_IsNotReached()
    {
        const string text = "khoảng 20 tỷ USD";

        var q = Assert.Single(QuantityRecognizer.Recognize(text, new TextSpan(7, text.Length), Language.Vi));

        Assert.Equal(Comparator.Eq, q.Comparator);
        Assert.Equal(7, q.Span.Start);
    }

    [Theory]
    [InlineData(-5, 3)]
    [InlineData(10, 400)]
    [InlineData(30, 20)]
    [InlineData(int.MinValue, int.MaxValue)]
    public void Recognize_RangeOutsideTheText_NeitherThrowsNorLeavesTheText(int start, int end)
    {
        const string text = "over 600,000 people";

        var found = QuantityRecognizer.Recognize(text, new TextSpan(start, end), Language.En);

        Assert.All(found, q => Assert.True(q.Span.Start >= 0 && q.Span.End <= text.Length));
    }

    [Fact]
    public void Recognize_EmptyText_FindsNothing()
    {
        Assert.Empty(QuantityRecognizer.Recognize("", new TextSpan(0, 0), Language.Vi));
    }

    [Fact]
    public void Recognize_AmountTooLargeForADecimal_IsSkippedWithoutThrowing()
    {
        const string text = "999999999999999999999999 trillion trillion dollars and 5 people";

        var found = QuantityRecognizer.Recognize(text, new TextSpan(0, text.Length), Language.En);

        Assert.Contains(found, q => q.Value == 5m && q.Unit == "people");
    }

    [Fact]
    public void Recognize_MultipliedDecimal_HasNoTrailingZeros()
    {
        const string text = "7.41 trillion VND";

        var q = Assert.Single(QuantityRecognizer.Recognize(text, new TextSpan(0, text.Length), Language.En));

        Assert.Equal("7410000000000", q.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Vi)]
    [InlineData(Language.Ja)]
    public void Recognize_AnyInput_ReturnsSpansInsideTheRangeWhoseTextIsTheirSource(Language language)
    {
        var piece = Gen.OneOf<string>(
            "50,000", "50.000", "3,5", "3,4,5,6", "2+2", "No.1", "US$", "$", "¥", "20", "billion", "tỷ", "triệu",
            "khoảng ", "hơn ", "more than ", "over ", "up to ", "đến ", "per year", "mỗi năm", "people", "người",
            "chuyên gia", "April", "ngày ", "/", "-", " - ", "–", "(", ")", "[", "]", ".", ",", " ", "\n", "two",
            "one", "hundred", "twenty-five", "the ", "5万人", "約", "以上", "年", "第", "０１２", "，", "%", "0",
            "9999999999999999999999999", "LOTUSat", "Phase ", "lần thứ ", "to ", "or more", "trở lên");
        var input = Gen.OneOf<string>(
            piece.Array[0, 60].Select(p => string.Concat(p)),
            Gen.String[0, 200],
            Gen.Char["0123456789.,()-+/ \n$%"].Array[0, 120].Select(c => new string(c)));
        var cut = Gen.Int[0, 100];

        Gen.Select(input, cut, cut).Sample((raw, a, b) =>
        {
            var text = TextNormalizer.Normalize(raw);
            int start = Math.Min(a, text.Length), end = Math.Min(text.Length, start + b);
            var range = new TextSpan(start, end);

            foreach (var q in QuantityRecognizer.Recognize(text, range, language))
            {
                Assert.True(range.Contains(q.Span), $"{q.Span} outside {range} in '{text}'");
                Assert.Equal(q.Text, q.Span.Of(text));
                Assert.True(q.Span.Length > 0);
            }
        }, iter: 2000);
    }
}

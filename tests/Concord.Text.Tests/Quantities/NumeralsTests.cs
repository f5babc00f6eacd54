using Concord.Text.Quantities;

namespace Concord.Text.Tests.Quantities;

public sealed class NumeralsTests
{
    [Theory]
    [InlineData("50,000", 50000)]
    [InlineData("3.5", 3.5)]
    [InlineData("1,234,567.89", 1234567.89)]
    [InlineData("620000", 620000)]
    [InlineData("02", 2)]
    [InlineData("0.25", 0.25)]
    public void Parse_English_ReadsCommaAsThousandsAndDotAsDecimal(string run, double expected)
    {
        Assert.True(Numerals.TryParse(run, NumberCulture.DecimalPoint, out decimal value, out _));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("50.000", 50000)]
    [InlineData("3,5", 3.5)]
    [InlineData("1.234.567,5", 1234567.5)]
    [InlineData("600.000", 600000)]
    [InlineData("2.500", 2500)]
    [InlineData("7,41", 7.41)]
    public void Parse_Vietnamese_ReadsDotAsThousandsAndCommaAsDecimal(string run, double expected)
    {
        Assert.True(Numerals.TryParse(run, NumberCulture.DecimalComma, out decimal value, out _));
        Assert.Equal((decimal)expected, value);
    }

    [Fact]
    public void Parse_VietnameseThousandsSeparator_ReadsFiftyThousand()
    {
        Assert.True(Numerals.TryParse("50.000", NumberCulture.DecimalComma, out decimal value, out bool grouped));
        Assert.Equal(50_000m, value);
        Assert.True(grouped);
    }

    [Fact]
    public void Parse_VietnameseTextWithAnEnglishDecimalPoint_ReadsItTheEnglishWay()
    {
        // One dot, not followed by three digits, no comma: "2.5" cannot be a thousands group.
        Assert.True(Numerals.TryParse("2.5", NumberCulture.DecimalComma, out decimal value, out _));
        Assert.Equal(2.5m, value);
    }

    [Theory]
    [InlineData("3,4,5,6", "vi")]
    [InlineData("3,4,5,6", "en")]
    [InlineData("1,2", "en")]
    [InlineData("1,2345", "en")]
    [InlineData("1234,567", "en")]
    [InlineData("1.5.2", "en")]
    [InlineData("28.4.2025", "vi")]
    [InlineData("1.234,5,6", "vi")]
    [InlineData("123456789012345678901234567890", "en")]
    public void Parse_RunThatBreaksTheGrouping_IsNotANumber(string run, string language)
    {
        var culture = language == "vi" ? NumberCulture.DecimalComma : NumberCulture.DecimalPoint;
        Assert.False(Numerals.TryParse(run, culture, out _, out _));
    }

    [Fact]
    public void Parse_FullWidthDigitsAndComma_ReadLikeAscii()
    {
        Assert.True(Numerals.TryParse("５０，０００", NumberCulture.DecimalPoint, out decimal value, out _));
        Assert.Equal(50_000m, value);
    }

    [Fact]
    public void Parse_PlainDigits_AreNotGrouped()
    {
        Assert.True(Numerals.TryParse("2025", NumberCulture.DecimalPoint, out _, out bool grouped));
        Assert.False(grouped);
    }

    [Theory]
    [InlineData("reached 620,000.", 8, 15)]
    [InlineData("points 3, 4", 7, 8)]
    [InlineData("các điểm 3,4,5,6 dưới", 9, 16)]
    [InlineData("１２３，４５６人", 0, 7)]
    public void RunEnd_TakesSeparatorsOnlyBetweenDigits(string text, int start, int expectedEnd)
    {
        Assert.Equal(expectedEnd, Numerals.RunEnd(text, start, text.Length));
    }
}

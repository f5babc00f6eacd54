using System.Text;
using Concord.Text.Normalization;

namespace Concord.Text.Tests.Normalization;

/// <summary>UTF-8 and UTF-16, byte-order marks, newlines, NFC, and what the decoder refuses.</summary>
public sealed class TextDecoderTests
{
    const string Sample = "Hai Thủ tướng hoan nghênh kết quả của kỳ họp.\nCác bên sẽ họp lại vào mùa thu.\n";

    static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    [Fact]
    public void Decode_Utf8WithoutBom_IsUtf8WithNoDiagnostics()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample));

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Equal(Sample, decoded.Text);
        Assert.Empty(decoded.Diagnostics);
        Assert.Null(decoded.Error);
    }

    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        var decoded = TextDecoder.Decode(Concat([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes(Sample)));

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Equal(Sample, decoded.Text);
    }

    [Fact]
    public void Decode_PureAscii_IsUtf8()
    {
        var decoded = TextDecoder.Decode("The two sides agreed to meet again in 2026.\n"u8);

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Equal("The two sides agreed to meet again in 2026.\n", decoded.Text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Decode_Utf16WithBom_ReadsEitherByteOrder(bool little)
    {
        var encoding = little ? new UnicodeEncoding(false, true) : new UnicodeEncoding(true, true);
        var bytes = Concat(encoding.GetPreamble(), encoding.GetBytes(Sample));

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(little ? "utf-16le" : "utf-16be", decoded.Encoding);
        Assert.Equal(Sample, decoded.Text);
        Assert.Empty(decoded.Diagnostics);
    }

    [Theory]
    [InlineData(true, "utf-16le")]
    [InlineData(false, "utf-16be")]
    public void Decode_Utf16WithoutBom_IsFoundByItsNulBytes(bool little, string expected)
    {
        var bytes = (little ? Encoding.Unicode : Encoding.BigEndianUnicode).GetBytes(Sample);

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(expected, decoded.Encoding);
        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("encoding-guessed", Assert.Single(decoded.Diagnostics).Code);
    }

    [Fact]
    public void Decode_JapaneseUtf16WithoutBom_IsFoundByTheNulsOfItsNewlinesAndDigits()
    {
        const string japanese = "両国は、2030年までに専門人材を育成することで一致した。\n今後も緊密に連携していく。\n";

        var decoded = TextDecoder.Decode(Encoding.Unicode.GetBytes(japanese));

        Assert.Equal("utf-16le", decoded.Encoding);
        Assert.Equal(japanese, decoded.Text);
    }

    [Fact]
    public void Decode_CrLfAndCr_BecomeLineFeeds()
    {
        var decoded = TextDecoder.Decode("one\r\ntwo\rthree\n\r\nfour"u8);

        Assert.Equal("one\ntwo\nthree\n\nfour", decoded.Text);
    }

    [Fact]
    public void Decode_DecomposedUnicode_BecomesComposed()
    {
        var nfd = Sample.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(Sample, nfd);

        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(nfd));

        Assert.Equal(Sample, decoded.Text);
        Assert.True(decoded.Text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Decode_EmptyInput_IsRefusedAsEmpty()
    {
        var decoded = TextDecoder.Decode([]);

        Assert.Equal("the file is empty", decoded.Error);
        Assert.Equal("", decoded.Text);
    }

    [Fact]
    public void Decode_OnlyAByteOrderMark_IsRefusedAsEmpty()
    {
        Assert.Equal("the file is empty", TextDecoder.Decode([0xEF, 0xBB, 0xBF]).Error);
    }

    [Theory]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0D, 0x0A })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x20, 0x20 })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00 })]
    [InlineData(new byte[] { 0xE3, 0x80, 0x80, 0x0A })] // ideographic space
    public void Decode_OnlyWhiteSpace_IsRefusedAsBlank(byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("the file holds only white space", decoded.Error);
        Assert.Equal("", decoded.Text);
    }

    [Fact]
    public void Decode_PngHeader_IsRefusedAsBinary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];

        var decoded = TextDecoder.Decode(png);

        Assert.Equal("the file is binary, not text", decoded.Error);
        Assert.Equal("", decoded.Text);
    }

    [Fact]
    public void Decode_TextWithANulInTheMiddle_IsRefusedAsBinary()
    {
        var decoded = TextDecoder.Decode(Concat(Encoding.UTF8.GetBytes(Sample), [0x00], Encoding.UTF8.GetBytes(Sample)));

        Assert.Equal("the file is binary, not text", decoded.Error);
    }

    [Fact]
    public void Decode_ManyControlCharacters_IsRefusedAsBinary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 5 == 0 ? 0x03 : 'a' + i % 26)).ToArray();

        Assert.Equal("the file is binary, not text", TextDecoder.Decode(bytes).Error);
    }

    [Fact]
    public void Decode_TextPaddedWithNuls_IsReadWithoutThePadding()
    {
        var decoded = TextDecoder.Decode(Concat(Encoding.UTF8.GetBytes(Sample), new byte[64]));

        Assert.Null(decoded.Error);
        Assert.Equal(Sample, decoded.Text);
    }

    [Fact]
    public void Decode_Utf8WithOneDamagedByte_StaysUtf8AndSaysSo()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample + Sample);
        bytes[5] = 0xFF;

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Contains('\uFFFD', decoded.Text);
        Assert.Equal("invalid-bytes", Assert.Single(decoded.Diagnostics).Code);
    }

    [Fact]
    public void Decode_Utf8CutInTheMiddleOfALetter_KeepsTheRest()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample + "Thủ tướng");

        var decoded = TextDecoder.Decode(bytes.AsSpan(0, bytes.Length - 4));

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.StartsWith(Sample + "Thủ t", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ByteOrderMarksInsideTheText_AreRemoved()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("\uFEFFone\n\uFEFFtwo"));

        Assert.Equal("one\ntwo", decoded.Text);
    }

    [Fact]
    public void Decode_ShiftJisJapanese_IsRecognisedByItsHiragana()
    {
        const string japanese = "両国は、半導体分野の人材育成で協力することを確認した。\n次回の会合は秋に東京で開く。\n";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(932)!.GetBytes(japanese);

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("shift_jis", decoded.Encoding);
        Assert.Equal(japanese, decoded.Text);
        Assert.Equal("encoding-guessed", Assert.Single(decoded.Diagnostics).Code);
    }
}
